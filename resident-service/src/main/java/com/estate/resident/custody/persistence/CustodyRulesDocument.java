package com.estate.resident.custody.persistence;

import com.estate.platform.outbox.AggregateDocument;
import com.estate.resident.custody.domain.CustodyThresholds;
import java.math.BigDecimal;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A community's custody thresholds, keyed by the community's id; absent until first changed (the defaults apply
 * meanwhile, at revision 0). An aggregate only for its revision and version: it raises no events.
 */
@Document("custody_rules")
public class CustodyRulesDocument extends AggregateDocument {

    @Id
    String communityId;

    BigDecimal waterThreshold;

    BigDecimal electricityThreshold;

    protected CustodyRulesDocument() {
    }

    public static CustodyRulesDocument defaults(String communityId, CustodyThresholds defaults) {
        CustodyRulesDocument document = new CustodyRulesDocument();
        document.communityId = communityId;
        document.set(defaults);
        return document;
    }

    public void set(CustodyThresholds thresholds) {
        waterThreshold = thresholds.water();
        electricityThreshold = thresholds.electricity();
    }

    public CustodyThresholds thresholds() {
        return new CustodyThresholds(waterThreshold, electricityThreshold);
    }
}
