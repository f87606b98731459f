package com.estate.billing.pdf;

import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Lays out one block after the other on the {@link PageWriter}; tables go to {@link TableWriter}. */
final class BlockWriter {

    private final PageWriter pages;
    private final DocumentFonts fonts;

    BlockWriter(PageWriter pages) {
        this.pages = pages;
        this.fonts = pages.fonts();
    }

    void write(Block block) {
        switch (block) {
            case Block.Title title -> centred(fonts.bold(), Ink.TITLE_SIZE, title.text(), 6f);
            case Block.Subtitle subtitle -> centred(fonts.regular(), Ink.SUBTITLE_SIZE, subtitle.text(), 10f);
            case Block.Fields fields -> fields(fields);
            case Block.Table table -> new TableWriter(pages).write(table);
            case Block.Paragraph paragraph -> paragraph(paragraph.text());
            case Block.Gap gap -> pages.down(gap.points());
        }
    }

    private void centred(PDType0Font font, float size, String text, float after) {
        String printable = fonts.printable(text);
        float lineHeight = size * Ink.LEADING;
        pages.ensureRoom(lineHeight);
        float x = pages.left() + (pages.width() - fonts.width(font, size, printable)) / 2;
        pages.text(font, size, Math.max(pages.left(), x), pages.y() - size, printable, Ink.TEXT);
        pages.down(lineHeight + after);
    }

    private void fields(Block.Fields block) {
        float size = Ink.BODY_SIZE;
        float lineHeight = size * Ink.LEADING;
        float cellWidth = pages.width() / block.perRow();
        List<Field> all = block.fields();
        for (int first = 0; first < all.size(); first += block.perRow()) {
            List<Field> row = all.subList(first, Math.min(all.size(), first + block.perRow()));
            List<List<String>> values = row.stream().map(f -> wrap(fonts.regular(), size, f.value(),
                    cellWidth - labelWidth(f) - 8f)).toList();
            int lines = values.stream().mapToInt(List::size).max().orElse(1);
            pages.ensureRoom(lines * lineHeight);
            for (int i = 0; i < row.size(); i++) {
                float x = pages.left() + i * cellWidth;
                String label = labelOf(row.get(i));
                pages.text(fonts.regular(), size, x, pages.y() - size, label, Ink.MUTED);
                float valueX = x + labelWidth(row.get(i));
                List<String> valueLines = values.get(i);
                for (int line = 0; line < valueLines.size(); line++) {
                    pages.text(fonts.regular(), size, valueX, pages.y() - size - line * lineHeight,
                            valueLines.get(line), Ink.TEXT);
                }
            }
            pages.down(lines * lineHeight);
        }
        pages.down(6f);
    }

    private void paragraph(String text) {
        float size = Ink.BODY_SIZE;
        float lineHeight = size * Ink.LEADING;
        for (String line : wrap(fonts.regular(), size, text, pages.width())) {
            pages.ensureRoom(lineHeight);
            pages.text(fonts.regular(), size, pages.left(), pages.y() - size, line, Ink.TEXT);
            pages.down(lineHeight);
        }
        pages.down(4f);
    }

    private String labelOf(Field field) {
        return fonts.printable(field.label()) + "：";
    }

    private float labelWidth(Field field) {
        return fonts.width(fonts.regular(), Ink.BODY_SIZE, labelOf(field)) + 2f;
    }

    private List<String> wrap(PDType0Font font, float size, String text, float width) {
        List<String> lines = LineBreaker.lines(text.replace("\r", ""), width,
                piece -> fonts.width(font, size, fonts.printable(piece)));
        return lines.stream().map(fonts::printable).toList();
    }
}
