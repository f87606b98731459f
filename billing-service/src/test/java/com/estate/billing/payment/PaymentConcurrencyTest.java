package com.estate.billing.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.billing.MoneyDeskTest;
import com.estate.billing.bill.Bill;
import com.estate.billing.ledger.Ledger;
import com.estate.billing.receipt.persistence.ReceiptDocument;
import com.estate.testsupport.TestHttp;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Many clerks taking money for one community at once: every receipt number of the year is used exactly once with no
 * gap, and every fen received is on the ledger and on a bill or the prepaid credit.
 */
class PaymentConcurrencyTest extends MoneyDeskTest {

    private static final int THREADS = 8;
    private static final int PAYMENTS_PER_THREAD = 12;

    @Autowired
    Ledger ledger;

    @Test
    void concurrentPaymentsLeaveNoGapNoDuplicateReceiptNumberAndNoLostFen() throws Exception {
        List<String> units = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String unitId = newUnit();
            units.add(unitId);
            for (int month = 1; month <= 6; month++) {
                bill(unitId, "99.99", "2026-%02d".formatted(month));
            }
        }
        List<String> paymentIds = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            // two clerks per unit, so payments race for the same bills as well as for the counter
            String unitId = units.get(t / 2 * 2);
            String clerk = t % 2 == 0 ? agent : finance;
            work.add(pool.submit(() -> {
                for (int i = 0; i < PAYMENTS_PER_THREAD; i++) {
                    TestHttp.Answer paid = deskPayment(clerk, unitId, "33.33", "CASH", null);
                    assertThat(paid.status()).as(paid.body()).isEqualTo(201);
                    paymentIds.add(paid.json().path("id").asString());
                }
                return null;
            }));
        }
        for (Future<?> done : work) {
            done.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        int total = THREADS * PAYMENTS_PER_THREAD;
        List<ReceiptDocument> receipts = mongo.find(Query.query(Criteria.where("communityId").is(communityId)),
                ReceiptDocument.class);
        List<Long> sequence = receipts.stream().map(r -> r.toDomain().number())
                .map(number -> Long.parseLong(number.substring(5))).sorted().toList();
        assertThat(sequence).as("receipt numbers 1..n, each once").containsExactlyElementsOf(
                LongStream.rangeClosed(1, total).boxed().toList());
        assertThat(paymentIds).hasSize(total).doesNotHaveDuplicates();

        BigDecimal received = new BigDecimal("33.33").multiply(BigDecimal.valueOf(total));
        BigDecimal onReceipts = receipts.stream().map(r -> r.toDomain().total().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(onReceipts).isEqualByComparingTo(received);
        BigDecimal charged = new BigDecimal("99.99").multiply(BigDecimal.valueOf(6L * THREADS));
        BigDecimal balances = units.stream().map(u -> ledger.balanceOf("fa-" + u).amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(balances).as("the ledger: charges less every payment").isEqualByComparingTo(
                charged.subtract(received));
        BigDecimal appliedToBills = BigDecimal.ZERO;
        for (String unitId : units) {
            for (Bill bill : bills.openBillsOldestDueFirst("fa-" + unitId)) {
                appliedToBills = appliedToBills.add(bill.applied().amount());
            }
        }
        BigDecimal paidBills = units.stream().flatMap(u -> mongo.find(Query.query(Criteria.where("accountId")
                        .is("fa-" + u).and("status").is("PAID")), com.estate.billing.bill.persistence.BillDocument.class)
                .stream()).map(d -> d.toDomain().applied().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal prepaid = paymentIds.stream().map(id -> mongo.findById(id,
                com.estate.billing.payment.persistence.PaymentDocument.class).toDomain().prepaid().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(appliedToBills.add(paidBills).add(prepaid)).as("every fen on a bill or prepaid")
                .isEqualByComparingTo(received);
    }
}
