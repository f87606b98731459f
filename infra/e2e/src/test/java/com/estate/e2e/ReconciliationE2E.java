package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reconciliation job, as its own process, finds a planted mismatch: a renovation of a new community is
 * permitted through resident-service, whose waste fee billing accepts with its {@code charge.posted}; the journey
 * then plants a defect on the suite's broker, the same charge announced again under a second event id, as a
 * billing that posted a charge twice would. {@code ./suite reconcile} runs billing's job as a separate process
 * against the running suite (its own consumer group, replaying the topics from offset 0); finance reads the report
 * through the gateway and finds exactly the planted duplicate for the community, and nothing else there.
 */
class ReconciliationE2E extends Journey {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String CHARGE_POSTED = "com.estate.billing.charge.posted.v1";
    /** The job starts a billing-service JVM on a busy machine, then reads every topic from its start. */
    private static final Duration JOB_LIMIT = Duration.ofMinutes(5);
    private static final Pattern SUMMARY = Pattern.compile("reconciliation (rr-\\S+): ");

    @Test
    void theReconciliationJobReportsADuplicatedChargeEvent() {
        SuiteCommand suite = SuiteCommand.fromSystemProperties();
        String communityId = createdId(gateway.postJson("/api/communities", "{\"name\":\"E2E 对账 " + UUID.randomUUID()
                + "\",\"timeZone\":\"Asia/Shanghai\"}", admin, "Idempotency-Key", UUID.randomUUID().toString()));
        String unitId = createdId(gateway.postJson("/api/communities/" + communityId + "/units",
                "{\"building\":\"2\",\"unitNumber\":\"2-0301\",\"floorArea\":\"72.45\"}", admin));
        String accountId = "fa-" + unitId;
        String agent = gateway.newStaff(admin, "CS_AGENT", communityId);
        String supervisor = gateway.newStaff(admin, "CS_SUPERVISOR", communityId);
        String finance = gateway.newStaff(admin, "FINANCE", communityId);

        // a real charge: the renovation's waste fee, requested by resident-service and accepted by billing
        LocalDate today = LocalDate.now(SHANGHAI);
        Reply applied = gateway.postJson("/api/renovations", """
                {"unitId":"%s","applicant":{"name":"刘女士","proxy":false},
                 "works":[{"description":"阳台改造","changesStructure":false,"addsLoad":false}],
                 "startDate":"%s","endDate":"%s","contractor":{"name":"宜居装饰","manager":"陈工"},
                 "workers":["郑师傅"],"rulesAcknowledged":true}""".formatted(unitId, today, today.plusDays(10)),
                agent, "Idempotency-Key", UUID.randomUUID().toString());
        String renovationId = createdId(applied);
        Reply reviewed = okReply(gateway.postJson("/api/renovations/" + renovationId + "/review",
                "{\"decision\":\"APPROVE\"}", supervisor, "If-Match", applied.etag()));
        okReply(gateway.postJson("/api/renovations/" + renovationId + "/permit", "{}", agent, "If-Match",
                reviewed.etag()));
        JsonNode posted = Eventually.until("billing's charge.posted of the waste fee",
                () -> TopicEvents.keyed(settings, "billing.events", accountId, CHARGE_POSTED),
                events -> !events.isEmpty()).getFirst();
        String chargeId = posted.path("data").path("chargeId").asString();

        // the planted defect: the same charge posted again, under another event id
        @SuppressWarnings("unchecked")
        Map<String, Object> data = JsonMapper.shared().convertValue(posted.path("data"), Map.class);
        Instant planted = Instant.now();
        String plantedId = partners().publish("billing.events", "/billing-service", CHARGE_POSTED, accountId,
                communityId, data);

        // the job, as its own process against this suite
        SuiteCommand.Outcome job = suite.run("reconcile", JOB_LIMIT);
        assertThat(job.exitCode()).as(job.output()).isZero();
        Matcher summary = SUMMARY.matcher(job.output());
        assertThat(summary.find()).as(job.output()).isTrue();

        Reply read = okReply(gateway.get("/api/billing/reconciliation?communityId=" + communityId, finance));
        JsonNode report = read.json();
        assertThat(report.path("reportId").asString()).as("the job's report").isEqualTo(summary.group(1));
        assertThat(Instant.parse(report.path("startedAt").asString())).isAfter(planted);
        assertThat(report.path("findingsTruncated").asBoolean()).as("%s", report).isFalse();
        JsonNode findings = report.path("findings");
        assertThat(findings).as("the community's findings: only the planted one; %s", findings).hasSize(1);
        JsonNode finding = findings.get(0);
        assertThat(finding.path("kind").asString()).isEqualTo("DUPLICATE_CHARGE");
        assertThat(finding.path("subject").asString()).isEqualTo(chargeId);
        assertThat(finding.path("accountId").asString()).isEqualTo(accountId);
        assertThat(finding.path("expected").asString()).isEqualTo("1");
        assertThat(finding.path("actual").asString()).isEqualTo("2");
        assertThat(finding.path("eventIds").valueStream().map(JsonNode::asString))
                .containsExactly(posted.path("id").asString(), plantedId);
        assertThat(report.path("duplicateCharges").asLong()).isPositive();
    }
}
