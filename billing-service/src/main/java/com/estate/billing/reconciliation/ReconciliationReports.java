package com.estate.billing.reconciliation;

import com.estate.billing.reconciliation.domain.Finding;
import com.estate.billing.reconciliation.persistence.ReconciliationReportDocument;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The reports the job stored, as a caller may see them: staff only the findings of their communities. */
@Service
public class ReconciliationReports {

    private final MongoTemplate mongo;

    ReconciliationReports(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The newest report, its findings narrowed to the caller's communities (and to {@code communityId}, if given). */
    public ReconciliationReport latest(Caller caller, String communityId) {
        if (communityId != null) {
            caller.requireCommunity(communityId, "community", communityId);
        }
        ReconciliationReportDocument newest = mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC,
                "completedAt")).limit(1), ReconciliationReportDocument.class);
        if (newest == null) {
            throw new NotFoundException("reconciliation report", "latest");
        }
        ReconciliationReport report = newest.report();
        List<Finding> visible = report.findings().stream()
                .filter(finding -> finding.communityId() == null ? caller.seesAllCommunities()
                        : caller.canSeeCommunity(finding.communityId()))
                .filter(finding -> communityId == null || communityId.equals(finding.communityId()))
                .toList();
        return new ReconciliationReport(report.reportId(), report.startedAt(), report.completedAt(), report.upTo(),
                report.recordsRead(), report.eventsApplied(), report.unreadable(), report.accountsChecked(),
                report.chargesExpected(), report.missingCharges(), report.duplicateCharges(),
                report.balanceMismatches(), report.findingsTruncated(), visible);
    }
}
