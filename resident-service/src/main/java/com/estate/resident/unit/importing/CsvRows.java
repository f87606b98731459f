package com.estate.resident.unit.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV upload, read one at a time from the request body (Apache Commons CSV), never the whole file:
 * a byte-order mark is skipped (Excel writes one), text that is not in the declared character set stops the read
 * rather than importing mangled names, and a body that starts like a spreadsheet, a PDF or any binary file is
 * refused before a row is read. Record numbers count the header as 1 and keep blank lines, so they are the row
 * numbers a spreadsheet shows.
 */
final class CsvRows implements AutoCloseable {

    private static final int SNIFFED_BYTES = 512;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Charset charset;

    private CsvRows(CSVParser parser, Charset charset) {
        this.parser = parser;
        this.records = parser.iterator();
        this.charset = charset;
    }

    static CsvRows open(InputStream body, Charset charset) throws IOException {
        BufferedInputStream in = new BufferedInputStream(body, 64 * 1024);
        in.mark(SNIFFED_BYTES);
        byte[] head = in.readNBytes(SNIFFED_BYTES);
        in.reset();
        if (looksBinary(head)) {
            throw ImportFileException.notCsv();
        }
        Reader reader = new PushbackReader(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1);
        skipByteOrderMark((PushbackReader) reader);
        return new CsvRows(FORMAT.parse(reader), charset);
    }

    /** The next record's cells, or null at the end of the file. */
    List<String> next() {
        try {
            return records.hasNext() ? records.next().toList() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            long row = parser.getRecordNumber() + 1;
            if (e.getCause() instanceof CharacterCodingException) {
                throw ImportFileException.encoding(row, charset.name());
            }
            throw ImportFileException.malformed(row);
        }
    }

    /** The number of the record {@link #next} returned last. */
    long rowNumber() {
        return parser.getRecordNumber();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** ZIP (xlsx, docx), OLE (xls), PDF, or a NUL byte, which no text file has. */
    private static boolean looksBinary(byte[] head) {
        if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)
                || startsWith(head, '%', 'P', 'D', 'F')) {
            return true;
        }
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] head, int... signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static void skipByteOrderMark(PushbackReader reader) throws IOException {
        try {
            int first = reader.read();
            if (first != -1 && first != '\uFEFF') {
                reader.unread(first);
            }
        } catch (CharacterCodingException e) {
            throw ImportFileException.encoding(1, "UTF-8");
        }
    }
}
