package com.estate.resident.unit.importing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The file to fill in: the header row (Chinese and English column names) and one example row, UTF-8 with a
 * byte-order mark, which is what makes Excel open it as UTF-8 rather than in the system code page.
 */
public final class ImportTemplate {

    private static final List<String> EXAMPLE = List.of("3", "1", "12", "3-1201", "89.50", "RESIDENTIAL", "2024-05-01",
            "VACANT");

    private ImportTemplate() {
    }

    public static byte[] bytes() {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL)) {
            printer.printRecord(Arrays.stream(ImportColumn.values()).map(ImportColumn::label).toList());
            printer.printRecord(EXAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
