package com.estate.billing.account;

import com.estate.billing.account.domain.FeeAccount;
import com.estate.billing.account.persistence.FeeAccountDocument;
import com.estate.platform.persistence.Pages;
import com.estate.platform.security.Caller;
import com.estate.platform.security.CallerScope;
import com.estate.billing.ledger.Ledger;
import com.estate.billing.ledger.LedgerEntry;
import com.estate.platform.money.Money;
import com.estate.platform.problem.NotFoundException;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/** Finds the fee accounts a caller may see, with their balances from the ledger. */
@Service
public class FeeAccounts {

    private final MongoTemplate mongo;
    private final Ledger ledger;

    FeeAccounts(MongoTemplate mongo, Ledger ledger) {
        this.mongo = mongo;
        this.ledger = ledger;
    }

    /**
     * One account with its balance from the ledger (positive: owed; negative: prepaid credit).
     *
     * @throws NotFoundException if there is none, or the caller may not see it
     */
    public FeeAccount get(Caller caller, String accountId) {
        FeeAccount account = visible(caller, accountId);
        return account.withBalance(ledger.balanceOf(account.id()));
    }

    /** The account's ledger, newest first, if the caller may see the account. */
    public Page<LedgerEntry> ledgerOf(Caller caller, String accountId, Pageable pageable) {
        return ledger.entriesOf(visible(caller, accountId).id(), pageable);
    }

    private FeeAccount visible(Caller caller, String accountId) {
        FeeAccountDocument document = mongo.findById(accountId, FeeAccountDocument.class);
        if (document == null) {
            throw new NotFoundException("fee account", accountId);
        }
        FeeAccount account = document.toDomain();
        caller.requireUnit(account.communityId(), account.unitId(), "fee account", accountId);
        return account;
    }

    private List<FeeAccount> withBalances(List<FeeAccount> accounts) {
        Map<String, Money> balances = ledger.balancesOf(accounts.stream().map(FeeAccount::id).toList());
        return accounts.stream().map(a -> a.withBalance(balances.getOrDefault(a.id(), Money.zero()))).toList();
    }

    /** The account of one unit, looked up by its id (derived from the unit id), if the caller may see it. */
    public List<FeeAccount> ofUnit(Caller caller, String unitId) {
        FeeAccountDocument document = mongo.findById(FeeAccount.idFor(unitId), FeeAccountDocument.class);
        if (document == null) {
            return List.of();
        }
        FeeAccount account = document.toDomain();
        return caller.canSeeUnit(account.communityId(), account.unitId()) ? withBalances(List.of(account)) : List.of();
    }

    public Page<FeeAccount> inCommunity(Caller caller, String communityId, Pageable pageable) {
        Criteria criteria = CallerScope.units(caller, "communityId", "unitId");
        if (communityId != null) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("communityId").is(communityId));
        }
        Page<FeeAccount> page = Pages.find(mongo, criteria, pageable, FeeAccountDocument.class)
                .map(FeeAccountDocument::toDomain);
        return new PageImpl<>(withBalances(page.getContent()), pageable, page.getTotalElements());
    }
}
