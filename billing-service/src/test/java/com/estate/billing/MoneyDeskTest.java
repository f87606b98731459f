package com.estate.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.billing.account.domain.FeeAccount;
import com.estate.billing.account.persistence.FeeAccountDocument;
import com.estate.billing.bill.Bill;
import com.estate.billing.bill.BillLine;
import com.estate.billing.bill.BillPeriod;
import com.estate.billing.bill.Bills;
import com.estate.contracts.ContractValidator;
import com.estate.platform.money.Money;
import com.estate.testsupport.KafkaTestClient;
import com.estate.testsupport.MovableClock;
import com.estate.testsupport.SharedInfrastructure;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestTokens;
import com.estate.testsupport.WithSharedInfrastructure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the payment, receipt and refund tests start from: the service on a random port with a movable clock (one
 * cached context for all of them), a new community per test with its fee accounts and bills, and real tokens for
 * two finance officers, a desk agent and the unit's resident.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithSharedInfrastructure
@Import(MovableClock.AsApplicationClock.class)
public abstract class MoneyDeskTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected MongoTemplate mongo;

    @Autowired
    protected Bills bills;

    @Autowired
    protected MovableClock clock;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    protected final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrapServers());
    protected final ContractValidator contracts = new ContractValidator();
    protected TestHttp api;
    protected String communityId;
    protected String finance;
    protected String otherFinance;
    protected String agent;

    @BeforeEach
    void newCommunity() {
        api = new TestHttp(port);
        communityId = "c-" + UUID.randomUUID();
        finance = staff("FINANCE", "finance-zhao");
        otherFinance = staff("FINANCE", "finance-qian");
        agent = staff("CS_AGENT", "agent-sun");
    }

    @AfterEach
    void putTheClockBack() {
        clock.setOffset(Duration.ZERO);
    }

    protected String staff(String role, String subject) {
        return TestTokens.get().token().subject(subject).roles(role).communities(communityId).build();
    }

    protected String residentOf(String unitId) {
        return TestTokens.get().resident("r-" + unitId, communityId, unitId);
    }

    /** A unit of the community with its fee account opened (as billing opens it from unit.registered). */
    protected String newUnit() {
        String unitId = "u-" + UUID.randomUUID();
        mongo.insert(FeeAccountDocument.from(FeeAccount.openFor(unitId, communityId, clock.instant())));
        return unitId;
    }

    /** A bill of the unit for one month, due at the end of the next, issued through bill-core's API. */
    protected Bill bill(String unitId, String amount, String month) {
        LocalDate from = LocalDate.parse(month + "-01");
        BillPeriod period = new BillPeriod(from, from.plusMonths(1).minusDays(1));
        return bills.issue(Bill.issue("b-" + UUID.randomUUID(), FeeAccount.idFor(unitId), unitId, communityId, period,
                null, List.of(new BillLine("property-fee", "物业管理费 " + month, Money.yuan(amount), null)),
                from.plusMonths(2).minusDays(1), clock.instant(), null));
    }

    protected TestHttp.Answer post(String path, String token, String body) {
        return api.send("POST", path, token, body, "Idempotency-Key", UUID.randomUUID().toString());
    }

    protected TestHttp.Answer deskPayment(String token, String unitId, String amount, String channel,
            String extra) {
        return post("/api/billing/payments", token, """
                {"method":"DESK","unitId":"%s","amount":"%s","channel":"%s","payerName":"张三丰"%s}"""
                .formatted(unitId, amount, channel, extra == null ? "" : "," + extra));
    }

    /** A record of {@code topic} matching the predicate, checked against its contract. */
    protected ConsumerRecord<String, String> published(String topic, Predicate<ConsumerRecord<String, String>> which) {
        ConsumerRecord<String, String> record = kafka.await(topic, which, Duration.ofSeconds(30));
        contracts.assertValid(record.value());
        return record;
    }

    protected static Predicate<ConsumerRecord<String, String>> ofType(String type, String field, String value) {
        return record -> {
            JsonNode envelope = JSON.readTree(record.value());
            return type.equals(envelope.path("type").asString(null))
                    && value.equals(envelope.path("data").path(field).asString(null));
        };
    }

    /** The raw bytes of a GET (a PDF), with the status. */
    protected Download download(String path, String token) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Bearer " + token)
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected record Download(int status, String contentType, byte[] body) {
    }

    /** An RFC 9457 problem of this status whatever its code (for the platform's own 400s); answers the code. */
    protected static String assertProblem(TestHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        String code = answer.json().path("code").asString();
        com.estate.testsupport.ProblemAssertions.assertProblem(answer, status, code);
        return code;
    }

    protected static void assertStatus(TestHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    }
}
