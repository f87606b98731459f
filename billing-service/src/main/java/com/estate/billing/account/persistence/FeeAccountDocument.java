package com.estate.billing.account.persistence;

import com.estate.billing.account.domain.FeeAccount;
import com.estate.platform.money.Money;
import com.estate.platform.outbox.AggregateDocument;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Keyed by the unit's natural id, so the account is opened by an idempotent upsert. */
@Document("fee_accounts")
public class FeeAccountDocument extends AggregateDocument {

    @Id
    private String id;

    @Indexed(unique = true)
    private String unitId;

    private String communityId;

    private BigDecimal balance;

    private String currency;

    private Instant openedAt;

    protected FeeAccountDocument() {
    }

    public static FeeAccountDocument from(FeeAccount account) {
        FeeAccountDocument document = new FeeAccountDocument();
        document.id = account.id();
        document.unitId = account.unitId();
        document.communityId = account.communityId();
        document.balance = account.balance().amount();
        document.currency = account.balance().currency();
        document.openedAt = account.openedAt();
        return document;
    }

    public FeeAccount toDomain() {
        return new FeeAccount(id, unitId, communityId, new Money(balance, currency), openedAt);
    }

    /** Not stored yet: this is the first event that concerns the account. */
    public boolean isNew() {
        return getVersion() == null;
    }
}
