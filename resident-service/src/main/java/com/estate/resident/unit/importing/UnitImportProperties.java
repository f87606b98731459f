package com.estate.resident.unit.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code app.units.import.*}: the limits of one unit import (CSV upload).
 *
 * @param maxFileSize       the largest file (request body); 10,000 rows take about 600 KB
 * @param maxRows           rows read from one file; the rest is reported as not read
 * @param batchSize         new units written per bulk insert
 * @param maxReportedErrors row errors listed in one answer; the counts stay complete beyond it
 */
@ConfigurationProperties("app.units.import")
public record UnitImportProperties(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("20000") int maxRows,
        @DefaultValue("500") int batchSize, @DefaultValue("1000") int maxReportedErrors) {
}
