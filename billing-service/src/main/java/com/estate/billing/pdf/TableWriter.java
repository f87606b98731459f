package com.estate.billing.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A ruled table: a shaded header row (bold), cells that wrap inside their column, rows that never split across
 * pages, and the header drawn again at the top of every page the table continues on.
 */
final class TableWriter {

    private static final float PADDING = 4f;

    private final PageWriter pages;
    private final DocumentFonts fonts;

    TableWriter(PageWriter pages) {
        this.pages = pages;
        this.fonts = pages.fonts();
    }

    void write(Block.Table table) {
        float[] widths = widths(table.columns());
        List<String> headers = table.columns().stream().map(Column::header).toList();
        Runnable header = () -> row(table.columns(), widths, headers, fonts.bold(), true);
        pages.ensureRoom(2 * rowHeight(1));
        header.run();
        pages.whileContinuing(header, () -> table.rows()
                .forEach(cells -> row(table.columns(), widths, cells, fonts.regular(), false)));
        pages.down(8f);
    }

    private void row(List<Column> columns, float[] widths, List<String> cells, PDType0Font font, boolean isHeader) {
        float size = Ink.TABLE_SIZE;
        List<List<String>> wrapped = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            wrapped.add(wrap(font, cells.get(i), widths[i] - 2 * PADDING));
        }
        int lines = wrapped.stream().mapToInt(List::size).max().orElse(1);
        float height = rowHeight(lines);
        pages.ensureRoom(height);
        float top = pages.y();
        float x = pages.left();
        for (int i = 0; i < cells.size(); i++) {
            pages.box(x, top, widths[i], height, isHeader ? Ink.HEADER_FILL : null, Ink.RULE);
            List<String> cellLines = wrapped.get(i);
            for (int line = 0; line < cellLines.size(); line++) {
                String text = cellLines.get(line);
                float textWidth = fonts.width(font, size, text);
                Align align = isHeader ? Align.CENTER : columns.get(i).align();
                float textX = switch (align) {
                    case LEFT -> x + PADDING;
                    case CENTER -> x + (widths[i] - textWidth) / 2;
                    case RIGHT -> x + widths[i] - PADDING - textWidth;
                };
                float baseline = top - PADDING - size - line * size * Ink.LEADING + 1.5f;
                pages.text(font, size, textX, baseline, text, Ink.TEXT);
            }
            x += widths[i];
        }
        pages.down(height);
    }

    private float rowHeight(int lines) {
        return lines * Ink.TABLE_SIZE * Ink.LEADING + 2 * PADDING - (Ink.LEADING - 1) * Ink.TABLE_SIZE + 2f;
    }

    private float[] widths(List<Column> columns) {
        double total = columns.stream().mapToDouble(Column::weight).sum();
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (float) (pages.width() * columns.get(i).weight() / total);
        }
        return widths;
    }

    private List<String> wrap(PDType0Font font, String text, float width) {
        return LineBreaker.lines(text, width, piece -> fonts.width(font, Ink.TABLE_SIZE, fonts.printable(piece)))
                .stream().map(fonts::printable).toList();
    }
}
