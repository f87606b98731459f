package com.estate.billing.fee.persistence;

import com.estate.billing.fee.LateFeePolicy;
import com.estate.platform.outbox.AggregateDocument;
import java.math.BigDecimal;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A community's late-fee policy, keyed by the community id; absent means off. */
@Document("late_fee_policies")
public class LateFeePolicyDocument extends AggregateDocument {

    @Id
    private String id;
    private boolean enabled;
    private BigDecimal dailyRate;
    private int graceDays;

    protected LateFeePolicyDocument() {
    }

    public static LateFeePolicyDocument from(LateFeePolicy policy) {
        LateFeePolicyDocument document = new LateFeePolicyDocument();
        document.id = policy.communityId();
        document.update(policy);
        return document;
    }

    public void update(LateFeePolicy policy) {
        enabled = policy.enabled();
        dailyRate = policy.dailyRate();
        graceDays = policy.graceDays();
    }

    public LateFeePolicy toDomain() {
        return new LateFeePolicy(id, enabled, dailyRate, graceDays);
    }
}
