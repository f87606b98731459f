package com.estate.resident.unit.importing.web;

import com.estate.platform.web.LargerBodyLimit;
import com.estate.resident.unit.importing.UnitImportProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** An import file may be larger than the JSON bodies of other requests: up to {@code app.units.import.max-file-size}. */
@Component
class ImportBodyLimit implements LargerBodyLimit {

    private static final Pattern IMPORT = Pattern.compile("/api/communities/[^/]+/units/import");

    private final long limit;

    ImportBodyLimit(UnitImportProperties properties) {
        this.limit = properties.maxFileSize().toBytes();
    }

    @Override
    public OptionalLong limitFor(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && IMPORT.matcher(request.getRequestURI()).matches()
                ? OptionalLong.of(limit) : OptionalLong.empty();
    }
}
