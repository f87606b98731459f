package com.estate.billing.pdf;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * What every page gets once the content is laid out and the page count is known: the footer line with
 * 第 n 页 / 共 m 页, and the mark (副本 COPY) both as a stamp at the top right and as a faint diagonal watermark, so a
 * copy is recognisable on any page and even when cut.
 */
final class PageDecorations {

    private final PDDocument document;
    private final DocumentFonts fonts;

    PageDecorations(PDDocument document, DocumentFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    void apply(List<PDPage> pages, String footer, Optional<String> mark) throws IOException {
        for (int i = 0; i < pages.size(); i++) {
            PDPage page = pages.get(i);
            try (PDPageContentStream content = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                footer(content, fonts.printable(footer), "第 " + (i + 1) + " 页 / 共 " + pages.size() + " 页");
                if (mark.isPresent()) {
                    String text = fonts.printable(mark.get());
                    watermark(content, text);
                    stamp(content, text);
                }
            }
        }
    }

    private void footer(PDPageContentStream content, String footer, String pageCount) throws IOException {
        float size = Ink.FOOTER_SIZE;
        float baseline = PageWriter.MARGIN;
        float right = PageWriter.SIZE.getWidth() - PageWriter.MARGIN;
        content.setLineWidth(0.5f);
        content.setStrokingColor(Ink.RULE);
        content.moveTo(PageWriter.MARGIN, baseline + size + 4f);
        content.lineTo(right, baseline + size + 4f);
        content.stroke();
        show(content, size, PageWriter.MARGIN, baseline, footer);
        show(content, size, right - fonts.width(fonts.regular(), size, pageCount), baseline, pageCount);
    }

    private void show(PDPageContentStream content, float size, float x, float baseline, String text)
            throws IOException {
        content.setNonStrokingColor(Ink.MUTED);
        content.beginText();
        content.setFont(fonts.regular(), size);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    private void stamp(PDPageContentStream content, String text) throws IOException {
        float size = 14f;
        float width = fonts.width(fonts.bold(), size, text) + 16f;
        float height = size + 12f;
        float x = PageWriter.SIZE.getWidth() - PageWriter.MARGIN - width;
        float top = PageWriter.SIZE.getHeight() - PageWriter.MARGIN / 2;
        content.setLineWidth(1.5f);
        content.setStrokingColor(Ink.STAMP);
        content.addRect(x, top - height, width, height);
        content.stroke();
        content.setNonStrokingColor(Ink.STAMP);
        content.beginText();
        content.setFont(fonts.bold(), size);
        content.newLineAtOffset(x + 8f, top - height + 7.5f);
        content.showText(text);
        content.endText();
    }

    private void watermark(PDPageContentStream content, String text) throws IOException {
        float size = 72f;
        PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
        faint.setNonStrokingAlphaConstant(0.10f);
        content.saveGraphicsState();
        content.setGraphicsStateParameters(faint);
        content.setNonStrokingColor(Ink.STAMP);
        float width = fonts.width(fonts.bold(), size, text);
        float cx = PageWriter.SIZE.getWidth() / 2;
        float cy = PageWriter.SIZE.getHeight() / 2;
        double angle = Math.toRadians(35);
        content.beginText();
        content.setFont(fonts.bold(), size);
        Matrix matrix = Matrix.getRotateInstance(angle, cx, cy);
        matrix.translate(-width / 2, -size / 3);
        content.setTextMatrix(matrix);
        content.showText(text);
        content.endText();
        content.restoreGraphicsState();
    }
}
