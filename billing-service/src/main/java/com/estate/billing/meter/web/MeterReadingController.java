package com.estate.billing.meter.web;

import com.estate.billing.meter.MeterReadings;
import com.estate.billing.meter.ReadingImport;
import com.estate.billing.meter.ReadingImportReport;
import com.estate.billing.meter.domain.MeterKind;
import com.estate.billing.meter.persistence.MeterReadingsDocument;
import com.estate.platform.idempotency.IdempotentCommand;
import com.estate.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meter readings: staff who read or bill meters import them from CSV (the file is the request body,
 * {@code text/csv}, UTF-8 unless a charset says otherwise); staff of the community and the unit's household read
 * them.
 */
@RestController
class MeterReadingController {

    private static final String IMPORTERS = "hasAnyRole('PLATFORM_ADMIN', 'FINANCE', 'TECHNICIAN', 'CS_SUPERVISOR')";
    private static final String READERS = "hasAnyRole('PLATFORM_ADMIN', 'FINANCE', 'TECHNICIAN', 'CS_SUPERVISOR', "
            + "'CS_AGENT', 'DIRECTOR', 'RESIDENT')";

    private final ReadingImport readingImport;
    private final MeterReadings meterReadings;

    MeterReadingController(ReadingImport readingImport, MeterReadings meterReadings) {
        this.readingImport = readingImport;
        this.meterReadings = meterReadings;
    }

    @PostMapping(path = "/api/billing/meter-readings/import", consumes = {"text/csv", "application/vnd.ms-excel"})
    @IdempotentCommand
    @PreAuthorize(IMPORTERS)
    ReadingImportReport importReadings(@RequestParam String communityId, HttpServletRequest request, Caller caller)
            throws IOException {
        Charset charset = MediaType.parseMediaType(request.getContentType()).getCharset();
        return readingImport.run(caller, communityId, request.getInputStream(),
                charset == null ? StandardCharsets.UTF_8 : charset);
    }

    @GetMapping("/api/billing/meter-readings")
    @PreAuthorize(READERS)
    UnitReadingsResponse list(@RequestParam String unitId, Caller caller) {
        return UnitReadingsResponse.of(meterReadings.ofUnit(caller, unitId));
    }

    /** A unit's readings, per meter, oldest first. */
    record UnitReadingsResponse(String unitId, String communityId, List<Reading> readings) {

        record Reading(String meter, LocalDate readOn, String reading, String source) {
        }

        static UnitReadingsResponse of(MeterReadingsDocument document) {
            return new UnitReadingsResponse(document.getId(), document.getCommunityId(),
                    Arrays.stream(MeterKind.values()).flatMap(meter -> document.entries(meter).stream()
                            .map(e -> new Reading(meter.code(), e.readOn(), e.value().toPlainString(), e.source()))).toList());
        }
    }
}
