package com.estate.billing.arrears;

import com.estate.billing.BillingProperties;
import com.estate.billing.account.FeeAccounts;
import com.estate.billing.account.domain.FeeAccount;
import com.estate.billing.arrears.domain.Aging;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Arrears by aging bucket (infra/BUSINESS-RULES.md §13, Aging) on today's date in the business time zone: of one
 * account, for its household and the community's staff, and of a whole community for finance.
 */
@Service
public class Arrears {

    /** One account's open bills and their aging. */
    public record OfAccount(AccountArrears open, Aging aging, LocalDate asOf) {
    }

    /** A community's arrears: the sum, and every account that has something overdue, the most overdue first. */
    public record OfCommunity(String communityId, Aging total, List<OfAccount> accountsInArrears, LocalDate asOf) {
    }

    private final FeeAccounts accounts;
    private final OpenBills openBills;
    private final ZoneId zone;
    private final Clock clock;

    Arrears(FeeAccounts accounts, OpenBills openBills,
            BillingProperties billing, Clock clock) {
        this.accounts = accounts;
        this.openBills = openBills;
        this.zone = billing.timeZone();
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** @throws NotFoundException unless the account exists and the caller may see its unit */
    public OfAccount ofAccount(Caller caller, String accountId) {
        FeeAccount account = accounts.get(caller, accountId);
        AccountArrears open = openBills.ofAccount(accountId)
                .orElse(new AccountArrears(accountId, account.unitId(), account.communityId(), List.of()));
        LocalDate today = today();
        return new OfAccount(open, open.aging(today), today);
    }

    /** @throws NotFoundException unless the caller works for the community */
    public OfCommunity ofCommunity(Caller caller, String communityId) {
        caller.requireCommunity(communityId, "community", communityId);
        LocalDate today = today();
        Aging total = Aging.none();
        List<OfAccount> inArrears = new ArrayList<>();
        for (AccountArrears open : openBills.ofCommunity(communityId).values()) {
            Aging aging = open.aging(today);
            total = total.plus(aging);
            if (aging.inArrears()) {
                inArrears.add(new OfAccount(open, aging, today));
            }
        }
        inArrears.sort(Comparator.comparing((OfAccount a) -> a.aging().overdue().amount()).reversed()
                .thenComparing(a -> a.open().accountId()));
        return new OfCommunity(communityId, total, inArrears, today);
    }
}
