package com.estate.billing.meter.web;

import com.estate.billing.meter.MeterReadings;
import com.estate.billing.meter.MeterReplacements;
import com.estate.billing.meter.ReadingCorrections;
import com.estate.billing.meter.ReadingImport;
import com.estate.billing.meter.ReadingImportReport;
import com.estate.billing.meter.domain.MeterKind;
import com.estate.billing.meter.domain.ReadingId;
import com.estate.billing.meter.persistence.MeterReadingsDocument;
import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.idempotency.IdempotentCommand;
import com.estate.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meter readings: staff who read or bill meters import them from CSV (the file is the request body,
 * {@code text/csv}, UTF-8 unless a charset says otherwise) and correct them or record a meter's replacement (with
 * {@code If-Match} of the unit's readings); staff of the community and the unit's household read them.
 */
@RestController
class MeterReadingController {

    private static final String IMPORTERS = "hasAnyRole('PLATFORM_ADMIN', 'FINANCE', 'TECHNICIAN', 'CS_SUPERVISOR')";
    private static final String READERS = "hasAnyRole('PLATFORM_ADMIN', 'FINANCE', 'TECHNICIAN', 'CS_SUPERVISOR', "
            + "'CS_AGENT', 'DIRECTOR', 'RESIDENT')";

    /** Who corrects readings and records replaced meters: finance and the technicians who read the meters. */
    private static final String CORRECTORS = "hasAnyRole('PLATFORM_ADMIN', 'FINANCE', 'TECHNICIAN')";

    private final ReadingImport readingImport;
    private final MeterReadings meterReadings;
    private final ReadingCorrections corrections;
    private final MeterReplacements replacements;

    MeterReadingController(ReadingImport readingImport, MeterReadings meterReadings, ReadingCorrections corrections,
            MeterReplacements replacements) {
        this.readingImport = readingImport;
        this.meterReadings = meterReadings;
        this.corrections = corrections;
        this.replacements = replacements;
    }

    @PostMapping("/api/billing/meter-readings/{readingId}/corrections")
    @IdempotentCommand
    @PreAuthorize(CORRECTORS)
    ResponseEntity<UnitReadingsResponse> correct(@PathVariable String readingId, @Valid @RequestBody CorrectionBody body,
            IfMatch ifMatch, Caller caller) {
        return Etags.ok(corrections.correct(caller, readingId, ifMatch, new BigDecimal(body.reading()),
                body.reason().strip()), UnitReadingsResponse::of);
    }

    @PostMapping("/api/billing/meter-readings/replacements")
    @IdempotentCommand
    @PreAuthorize(CORRECTORS)
    ResponseEntity<UnitReadingsResponse> replace(@Valid @RequestBody ReplacementBody body, IfMatch ifMatch,
            Caller caller) {
        return Etags.ok(replacements.replace(caller, body.unitId(), MeterKind.parse(body.meter()).orElseThrow(),
                body.replacedOn(), new BigDecimal(body.finalReading()), new BigDecimal(body.startReading()),
                body.reason().strip(), ifMatch), UnitReadingsResponse::of);
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

    /** The unit's readings; the ETag is what a correction or a replacement names in {@code If-Match}. */
    @GetMapping("/api/billing/meter-readings")
    @PreAuthorize(READERS)
    ResponseEntity<UnitReadingsResponse> list(@RequestParam String unitId, Caller caller) {
        MeterReadingsDocument document = meterReadings.ofUnit(caller, unitId);
        return Etags.ok(UnitReadingsResponse.of(document), document.getRevision());
    }

    /**
     * A unit's readings, per meter, oldest first. A replacement's {@code reading} is the new meter's start reading
     * and {@code replacedFinal} the old meter's final one.
     */
    record UnitReadingsResponse(String unitId, String communityId, List<Reading> readings) {

        record Reading(String id, String meter, LocalDate readOn, String reading, String source,
                String replacedFinal, String recordedBy, String reason, List<Correction> corrections) {
        }

        /** An earlier value of the reading, and the adjustment charge it produced if the reading was billed. */
        record Correction(int number, String previousReading, String reading, String reason, String by, Instant at,
                String adjustmentChargeId, String adjustment) {
        }

        static UnitReadingsResponse of(MeterReadingsDocument document) {
            return new UnitReadingsResponse(document.getId(), document.getCommunityId(),
                    Arrays.stream(MeterKind.values()).flatMap(meter -> document.entries(meter).stream()
                            .map(e -> reading(document.getId(), meter, e))).toList());
        }

        private static Reading reading(String unitId, MeterKind meter, MeterReadingsDocument.Entry e) {
            return new Reading(new ReadingId(unitId, meter, e.readOn()).toString(), meter.code(), e.readOn(),
                    e.value().toPlainString(), e.source(), plain(e.replacedFinal()), e.recordedBy(), e.reason(),
                    e.corrections().stream().map(c -> new Correction(c.number(), c.previousValue().toPlainString(),
                            c.value().toPlainString(), c.reason(), c.by(), c.at(), c.adjustmentChargeId(),
                            c.adjustment() == null ? null : c.adjustment().toPlainString())).toList());
        }

        private static String plain(BigDecimal value) {
            return value == null ? null : value.toPlainString();
        }
    }
}
