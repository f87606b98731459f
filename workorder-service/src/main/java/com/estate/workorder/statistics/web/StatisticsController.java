package com.estate.workorder.statistics.web;

import com.estate.platform.security.Caller;
import com.estate.workorder.statistics.MonthlyStatisticsQuery;
import com.estate.workorder.statistics.domain.MonthlyStatistics;
import java.time.YearMonth;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monthly statistics of a community's work orders, as JSON or, with {@code Accept: text/csv} (or
 * {@code format=csv}), as CSV: for supervisors and the director of the community.
 */
@RestController
class StatisticsController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    private static final String READERS = "hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'DIRECTOR')";

    private final MonthlyStatisticsQuery query;

    StatisticsController(MonthlyStatisticsQuery query) {
        this.query = query;
    }

    @GetMapping("/api/work-orders/statistics")
    @PreAuthorize(READERS)
    ResponseEntity<?> statistics(@RequestParam String communityId,
            @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) String format,
            @RequestHeader(value = "Accept", required = false) String accept, Caller caller) {
        MonthlyStatistics statistics = query.of(caller, communityId, month);
        boolean asCsv = "csv".equalsIgnoreCase(format) || (accept != null && accept.contains("text/csv"));
        return asCsv ? csv(statistics) : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(MonthlyStatisticsView.of(statistics));
    }

    private static ResponseEntity<String> csv(MonthlyStatistics statistics) {
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header("Content-Disposition", "attachment; filename=\"work-orders-" + statistics.month() + ".csv\"")
                .body(StatisticsCsv.write(statistics));
    }
}
