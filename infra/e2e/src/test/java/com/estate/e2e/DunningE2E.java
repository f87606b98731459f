package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Dunning (催缴) through the gateway as the suite's business clock moves: a unit's unpaid bill (its share of the
 * public electricity, shared by finance) is listed, reminded by SMS, sent the formal letter three months later
 * (printed as a PDF, its tracking number recorded), visited at home (the desk found the owner living there) and
 * referred to legal channels; paid at the desk, the case closes by itself.
 */
class DunningE2E {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static E2eSettings settings;
    private static Gateway gateway;
    private static String adminToken;
    private static SuiteClocks clocks;

    @BeforeAll
    static void logIn() {
        settings = E2eSettings.fromSystemProperties();
        gateway = new Gateway(settings.gateway());
        adminToken = gateway.login("admin", settings.adminPassword());
        clocks = new SuiteClocks(settings, adminToken);
        clocks.resetAll();
    }

    @AfterEach
    void resetClocks() {
        clocks.resetAll();
    }

    @Test
    void anUnpaidBillWalksThroughEveryStageAndLeavesDunningWhenPaid() {
        String communityId = created(gateway.postJson("/api/communities",
                "{\"name\":\"E2E 催缴 " + UUID.randomUUID() + "\"}", adminToken));
        String unitId = created(gateway.postJson("/api/communities/" + communityId + "/units",
                "{\"building\":\"3\",\"unitNumber\":\"3-301\",\"floorArea\":\"88.00\"}", adminToken));
        String accountId = "fa-" + unitId;
        String finance = staff("FINANCE", communityId);
        String agent = staff("CS_AGENT", communityId);

        // finance shares the month's public electricity; the unit's share is its bill, due tomorrow
        LocalDate today = LocalDate.now(SHANGHAI);
        String sharing = """
                {"communityId":"%s","period":"%s","cost":"PUBLIC_ELECTRICITY","total":"88.00",
                 "method":"BY_FLOOR_AREA","dueDate":"%s"}""".formatted(communityId, YearMonth.from(today),
                today.plusDays(1));
        Reply shared = Eventually.until("billing knows the unit and shares the cost", () -> gateway.postJson(
                "/api/billing/cost-sharing", sharing, finance, "Idempotency-Key", UUID.randomUUID().toString()),
                reply -> reply.status() == 201);
        assertThat(shared.json().path("shares").get(0).path("amount").asString()).isEqualTo("88.00");

        // stage 1: three days later it is overdue and listed
        at(Duration.ofDays(3), finance);
        assertThat(dunning(accountId, agent).path("stage").asString()).isEqualTo("LISTED");
        desk("PUT", accountId, "reason", agent, "{\"category\":\"FINANCIAL_HARDSHIP\",\"note\":\"失业\"}");
        desk("PUT", accountId, "residence", agent, "{\"ownerLivesThere\":true}");

        // stage 2: no call from the desk within a week, the SMS reminder
        at(Duration.ofDays(11), finance);
        JsonNode reminded = dunning(accountId, agent);
        assertThat(reminded.path("stage").asString()).isEqualTo("REMINDED");
        assertThat(reminded.path("reminder").path("channel").asString()).isEqualTo("SMS");
        assertThat(reminded.path("reminder").path("amount").asString()).isEqualTo("88.00");

        // stage 3: three months after the notice, the formal letter, printed and sent by express mail
        at(Duration.ofDays(11 + 93), finance);
        JsonNode letter = dunning(accountId, agent);
        assertThat(letter.path("stage").asString()).isEqualTo("LETTER_SENT");
        var pdf = gateway.download("/api/billing/dunning/" + accountId + "/letter.pdf", agent, "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        desk("PUT", accountId, "letter/dispatch", agent, "{\"courier\":\"EMS\",\"trackingNumber\":\"EA"
                + String.valueOf(System.nanoTime()).substring(0, 9) + "CN\"}");

        // stage 4: a month later, the home visit
        at(Duration.ofDays(11 + 93 + 32), finance);
        assertThat(dunning(accountId, agent).path("stage").asString()).isEqualTo("HOME_VISIT");
        desk("PUT", accountId, "home-visit", agent, "{\"outcome\":\"业主在家，承诺尽快缴纳\"}");

        // stage 5: a month after the visit, legal channels (finance's step)
        at(Duration.ofDays(11 + 93 + 32 + 32), finance);
        assertThat(dunning(accountId, agent).path("stageNumber").asInt()).isEqualTo(5);
        desk("PUT", accountId, "legal-referral", finance, "{\"outcome\":\"移交律师事务所\",\"reference\":\"LF-E2E\"}");

        // paid at the desk: the case closes without waiting for a scan, and the account shows it
        Reply paid = gateway.postJson("/api/billing/payments", """
                {"method":"DESK","unitId":"%s","amount":"88.00","channel":"CASH","payerName":"业主"}"""
                .formatted(unitId), finance, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(paid.status()).as("%s", paid).isEqualTo(201);
        JsonNode closed = Eventually.until("the dunning case closed by the payment", () -> dunning(accountId, agent),
                state -> !state.path("open").asBoolean());
        assertThat(closed.path("history").get(closed.path("history").size() - 1).path("trigger").asString())
                .isEqualTo("PAID");
        Reply account = gateway.get("/api/billing/arrears/accounts/" + accountId, finance);
        assertThat(account.status()).as("%s", account).isEqualTo(200);
        assertThat(account.json().path("aging").path("overdue").asString()).isEqualTo("0.00");
        assertThat(account.json().path("dunning").path("open").asBoolean()).isFalse();
    }

    /** Moves the suite's business time to {@code offset} from now and runs the stage scan. */
    private static void at(Duration offset, String finance) {
        clocks.moveAll(offset);
        Eventually.until("a dunning scan", () -> gateway.postJson("/api/billing/dunning/scans", "{}", finance),
                reply -> reply.status() == 200);
    }

    private static JsonNode dunning(String accountId, String token) {
        Reply reply = gateway.get("/api/billing/dunning/" + accountId, token);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    /** A desk action on the case at the revision just read. */
    private static void desk(String method, String accountId, String action, String token, String body) {
        String etag = gateway.get("/api/billing/dunning/" + accountId, token).etag();
        String path = "/api/billing/dunning/" + accountId + "/" + action;
        Reply reply = method.equals("PUT") ? gateway.putJson(path, body, token, "If-Match", etag)
                : gateway.postJson(path, body, token, "If-Match", etag, "Idempotency-Key",
                        UUID.randomUUID().toString());
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    }

    /** A staff account with one role in the community, logged in through the gateway. */
    private static String staff(String role, String communityId) {
        String username = "e2e-" + role.toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString()
                .substring(0, 8);
        String password = "Dunning#" + UUID.randomUUID().toString().substring(0, 12);
        Reply created = gateway.postJson("/auth/admin/users", """
                {"username":"%s","password":"%s","roles":["%s"],"communities":["%s"]}"""
                .formatted(username, password, role, communityId), adminToken);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return gateway.login(username, password);
    }

    private static String created(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        String id = reply.json().path("id").asString();
        assertThat(id).as("%s", reply).isNotBlank();
        return id;
    }
}
