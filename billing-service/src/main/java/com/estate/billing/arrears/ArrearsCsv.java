package com.estate.billing.arrears;

import com.estate.billing.arrears.domain.AgingBucket;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The arrears report as CSV (UTF-8 with a byte-order mark, for Excel): one line per account in arrears, the most
 * overdue first, amounts per aging bucket in yuan, and a total line.
 */
public final class ArrearsCsv {

    private ArrearsCsv() {
    }

    /** @param stages each account's dunning stage (accounts with an open case) */
    public static String of(Arrears.OfCommunity report, Map<String, ?> stages) {
        List<String> header = new ArrayList<>(List.of("community", "asOf", "account", "unit"));
        for (AgingBucket bucket : AgingBucket.values()) {
            header.add(bucket.name());
        }
        header.addAll(List.of("overdue", "oldestOverdueDueDate", "dunningStage"));
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
                .get())) {
            for (Arrears.OfAccount account : report.accountsInArrears()) {
                List<Object> line = new ArrayList<>(List.of(report.communityId(), report.asOf(),
                        account.open().accountId(), account.open().unitId()));
                for (AgingBucket bucket : AgingBucket.values()) {
                    line.add(account.aging().in(bucket).toPlainString());
                }
                line.add(account.aging().overdue().toPlainString());
                line.add(account.aging().oldestOverdueDueDate().map(Object::toString).orElse(""));
                Object stage = stages.get(account.open().accountId());
                line.add(stage == null ? "" : stage.toString());
                csv.printRecord(line);
            }
            List<Object> total = new ArrayList<>(List.of(report.communityId(), report.asOf(), "TOTAL", ""));
            for (AgingBucket bucket : AgingBucket.values()) {
                total.add(report.total().in(bucket).toPlainString());
            }
            total.addAll(List.of(report.total().overdue().toPlainString(), "", ""));
            csv.printRecord(total);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
