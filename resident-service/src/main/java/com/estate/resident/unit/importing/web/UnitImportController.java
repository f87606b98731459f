package com.estate.resident.unit.importing.web;

import com.estate.platform.security.Caller;
import com.estate.resident.community.Communities;
import com.estate.resident.unit.importing.ImportTemplate;
import com.estate.resident.unit.importing.UnitImport;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Unit import: the CSV file is the request body ({@code Content-Type: text/csv}, UTF-8 unless a {@code charset}
 * says otherwise; {@code application/vnd.ms-excel} too, the type Windows browsers give a .csv file), read as it
 * arrives. No {@code Idempotency-Key}: the import is idempotent by itself (a repeat reports every row unchanged),
 * and capturing the body for a replay would hold the whole file in memory.
 */
@RestController
class UnitImportController {

    static final String IMPORT_PATH = "/api/communities/{communityId}/units/import";

    private final UnitImport unitImport;
    private final Communities communities;

    UnitImportController(UnitImport unitImport, Communities communities) {
        this.unitImport = unitImport;
        this.communities = communities;
    }

    @PostMapping(path = IMPORT_PATH, consumes = {"text/csv", "application/vnd.ms-excel"})
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR')")
    ImportReportResponse importUnits(@PathVariable UUID communityId, HttpServletRequest request, Caller caller)
            throws IOException {
        // MVC has matched the Content-Type already: a charset it does not know was a 415 before this point
        Charset charset = MediaType.parseMediaType(request.getContentType()).getCharset();
        var report = unitImport.run(caller, communityId.toString(), request.getInputStream(),
                charset == null ? StandardCharsets.UTF_8 : charset);
        return ImportReportResponse.of(report);
    }

    @GetMapping(IMPORT_PATH + "/template")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR')")
    ResponseEntity<byte[]> template(@PathVariable UUID communityId, Caller caller) {
        communities.visibleTo(caller, communityId.toString());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("房屋导入模板-units-import-template.csv", StandardCharsets.UTF_8).build().toString())
                .body(ImportTemplate.bytes());
    }
}
