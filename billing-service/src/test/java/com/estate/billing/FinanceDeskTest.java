package com.estate.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.billing.account.domain.FeeAccount;
import com.estate.billing.account.persistence.FeeAccountDocument;
import com.estate.billing.bill.Bill;
import com.estate.billing.bill.BillIds;
import com.estate.billing.bill.BillLine;
import com.estate.billing.bill.BillPeriod;
import com.estate.billing.bill.Bills;
import com.estate.platform.money.Money;
import com.estate.testsupport.KafkaTestClient;
import com.estate.testsupport.MovableClock;
import com.estate.testsupport.Scenario;
import com.estate.testsupport.SharedInfrastructure;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestTokens;
import com.estate.testsupport.WithSharedInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What the HTTP tests of arrears, dunning, cost sharing, statements and reconciliation start from: the application
 * on a random port with a clock the test moves (one cached context for all of them), real tokens, and a new
 * community per test with its finance clerk, director and desk agent. Bills are issued through bill-core's
 * {@link Bills}, as the bill run does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithSharedInfrastructure
@Import(MovableClock.AsApplicationClock.class)
public abstract class FinanceDeskTest {

    protected static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    protected int port;

    @Autowired
    protected MovableClock clock;

    @Autowired
    protected MongoTemplate mongo;

    @Autowired
    protected Bills bills;

    protected final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrapServers());
    protected final Scenario scenario = new Scenario(kafka);
    protected TestHttp api;
    protected String communityId;
    protected String finance;
    protected String director;
    protected String agent;

    @BeforeEach
    void newCommunity() {
        clock.setOffset(Duration.ZERO);
        api = new TestHttp(port);
        communityId = "c-" + UUID.randomUUID();
        finance = TestTokens.get().staff("FINANCE", communityId);
        director = TestTokens.get().staff("DIRECTOR", communityId);
        agent = TestTokens.get().staff("CS_AGENT", communityId);
    }

    @AfterEach
    void backToNow() {
        clock.setOffset(Duration.ZERO);
    }

    /** Today in the business time zone, by the application's (moved) clock. */
    protected LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), SHANGHAI);
    }

    /** A unit of the test's community with its fee account (as unit.registered opens it); answers the account id. */
    protected String newAccount() {
        String unitId = "u-" + UUID.randomUUID();
        mongo.insert(FeeAccountDocument.from(FeeAccount.openFor(unitId, communityId, clock.instant())));
        return FeeAccount.idFor(unitId);
    }

    protected static String unitOf(String accountId) {
        return accountId.substring("fa-".length());
    }

    /** The account's monthly property-fee bill for {@code month}, due on {@code dueDate}. */
    protected Bill monthlyBill(String accountId, YearMonth month, LocalDate dueDate, String amount) {
        BillPeriod period = new BillPeriod(month.atDay(1), month.atEndOfMonth());
        return bills.issue(Bill.issue(BillIds.periodic(accountId, period), accountId, unitOf(accountId), communityId,
                period, null, List.of(new BillLine("PROPERTY_FEE", "物业管理费 " + month, Money.yuan(amount), null)),
                dueDate, clock.instant(), null));
    }

    /** Pays the bill in full (what a payment's allocation does). */
    protected void payInFull(Bill bill) {
        bills.applyPayment(bill.id(), "pay-" + UUID.randomUUID(), bill.openAmount());
    }

    protected TestHttp.Answer get(String path, String token) {
        return api.send("GET", path, token, null);
    }

    /** A file the API answers (a PDF, a CSV) as bytes, after checking its status and content type. */
    protected byte[] download(String path, String token, String contentType) {
        try {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Bearer " + token)
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8))
                    .isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(contentType);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The text of a PDF, as a reader would copy it. */
    protected static String pdfText(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new AssertionError("not a PDF", e);
        }
    }

    protected TestHttp.Answer ok(TestHttp.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
        return answer;
    }
}
