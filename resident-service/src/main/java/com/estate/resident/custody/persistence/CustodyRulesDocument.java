package com.estate.resident.custody.persistence;

import com.estate.platform.outbox.AggregateDocument;
import com.estate.resident.community.CommunitySetting;
import com.estate.resident.custody.domain.CustodyThresholds;
import java.math.BigDecimal;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A community's custody thresholds, keyed by the community's id; absent until first changed (the defaults apply
 * meanwhile, at revision 0). An aggregate only for its revision and version: it raises no events.
 */
@Document("custody_rules")
public class CustodyRulesDocument extends AggregateDocument implements CommunitySetting<CustodyThresholds> {

    @Id
    String communityId;

    BigDecimal waterThreshold;

    BigDecimal electricityThreshold;

    protected CustodyRulesDocument() {
    }

    public CustodyRulesDocument(String communityId, CustodyThresholds thresholds) {
        this.communityId = communityId;
        replace(thresholds);
    }

    @Override
    public void replace(CustodyThresholds thresholds) {
        waterThreshold = thresholds.water();
        electricityThreshold = thresholds.electricity();
    }

    @Override
    public CustodyThresholds value() {
        return new CustodyThresholds(waterThreshold, electricityThreshold);
    }

    @Override
    public long revision() {
        return getRevision();
    }
}
