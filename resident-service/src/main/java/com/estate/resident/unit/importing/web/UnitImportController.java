package com.estate.resident.unit.importing.web;

import com.estate.platform.security.Caller;
import com.estate.platform.web.Problems;
import com.estate.resident.community.Communities;
import com.estate.resident.unit.importing.ImportFileException;
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
    private final Problems problems;

    UnitImportController(UnitImport unitImport, Communities communities, Problems problems) {
        this.unitImport = unitImport;
        this.communities = communities;
        this.problems = problems;
    }

    @PostMapping(path = IMPORT_PATH, consumes = {"text/csv", "application/vnd.ms-excel"})
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR')")
    ImportReportResponse importUnits(@PathVariable UUID communityId, HttpServletRequest request, Caller caller)
            throws IOException {
        var report = unitImport.run(caller, communityId.toString(), request.getInputStream(),
                charsetOf(request.getContentType()));
        return ImportReportResponse.of(report, problems);
    }

    /** UTF-8 unless the Content-Type names another (which MVC's own parsing has not looked at). */
    private static Charset charsetOf(String contentType) {
        MediaType type = MediaType.parseMediaType(contentType);
        try {
            Charset charset = type.getCharset();
            return charset == null ? StandardCharsets.UTF_8 : charset;
        } catch (IllegalArgumentException e) { // unsupported or illegal charset name
            throw ImportFileException.unknownCharset(type.getParameter("charset"));
        }
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
