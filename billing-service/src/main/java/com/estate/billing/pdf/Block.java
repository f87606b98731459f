package com.estate.billing.pdf;

import java.util.List;
import java.util.Objects;

/** What a {@link ChineseDocument} is made of, laid out from top to bottom, breaking onto new pages as needed. */
public sealed interface Block {

    /** The document's title, centred and bold (收费票据, 催缴通知书). */
    record Title(String text) implements Block {
        public Title {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A centred line under the title (a number, a date). */
    record Subtitle(String text) implements Block {
        public Subtitle {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Label: value rows, {@code perRow} pairs side by side (two fit an A4 width well). */
    record Fields(List<Field> fields, int perRow) implements Block {
        public Fields {
            fields = List.copyOf(fields);
            if (perRow < 1 || perRow > 3) {
                throw new IllegalArgumentException("1 to 3 fields per row fit a page: " + perRow);
            }
        }
    }

    /** A ruled table; a row has one cell per column; the header repeats on each page the table continues on. */
    record Table(List<Column> columns, List<List<String>> rows) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("a table needs a column");
            }
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("a row has " + row.size() + " cells, the table " + columns.size()
                            + " columns");
                }
            }
        }
    }

    /** Running text, wrapped to the page width (a letter's body). Line breaks in the text start new lines. */
    record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Vertical space, in points. */
    record Gap(float points) implements Block {
    }
}
