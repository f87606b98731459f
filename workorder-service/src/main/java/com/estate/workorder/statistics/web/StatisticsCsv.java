package com.estate.workorder.statistics.web;

import com.estate.workorder.statistics.domain.MonthlyStatistics;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The statistics as one CSV table of {@code section,key,value} rows (a spreadsheet pivots it as it likes): the
 * totals under section {@code total}, each breakdown under its own section.
 */
final class StatisticsCsv {

    private StatisticsCsv() {
    }

    static String write(MonthlyStatistics s) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("section", "key", "value").get())) {
            total(csv, "communityId", s.communityId());
            total(csv, "month", s.month());
            total(csv, "orders", s.orders());
            total(csv, "completed", s.completed());
            total(csv, "averageResponseMinutes", s.averageResponseMinutes());
            total(csv, "averageCompletionMinutes", s.averageCompletionMinutes());
            total(csv, "overdueOrders", s.overdueOrders());
            total(csv, "overdueResponse", s.overdueResponse());
            total(csv, "overdueCompletion", s.overdueCompletion());
            total(csv, "returnVisits", s.returnVisits());
            total(csv, "returnVisitCoverage", s.returnVisitCoverage());
            total(csv, "returnVisitOnTimeRate", s.returnVisitOnTimeRate());
            total(csv, "satisfactionRate", s.satisfactionRate());
            total(csv, "averageRating", s.averageRating());
            total(csv, "reworked", s.reworked());
            total(csv, "reworkRate", s.reworkRate());
            total(csv, "reworkOrders", s.reworkOrders());
            total(csv, "paidRevenue", s.paidRevenue().toPlainString());
            breakdown(csv, "category", s.byCategory());
            breakdown(csv, "channel", s.byChannel());
            breakdown(csv, "status", s.byStatus());
            breakdown(csv, "technician", s.byTechnician());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void total(CSVPrinter csv, String key, Object value) throws IOException {
        csv.printRecord("total", key, value == null ? "" : value.toString());
    }

    private static void breakdown(CSVPrinter csv, String section, Map<String, Integer> counts) throws IOException {
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            csv.printRecord(section, count.getKey(), count.getValue());
        }
    }
}
