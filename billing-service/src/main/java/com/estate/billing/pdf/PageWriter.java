package com.estate.billing.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The pages of one document as they fill: where the next block goes ({@link #y}), a new page when a block no
 * longer fits, and the few drawing primitives the blocks need. Coordinates are PDF points from the bottom left.
 */
final class PageWriter implements AutoCloseable {

    static final PDRectangle SIZE = PDRectangle.A4;
    static final float MARGIN = 56f;
    static final float TOP = SIZE.getHeight() - MARGIN;
    /** Room left at the bottom for the footer line. */
    static final float BOTTOM = MARGIN + 24f;

    private final PDDocument document;
    private final DocumentFonts fonts;
    private final List<PDPage> pages = new ArrayList<>();
    private final List<Runnable> onNewPage = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    PageWriter(PDDocument document, DocumentFonts fonts) {
        this.document = document;
        this.fonts = fonts;
        newPage();
    }

    DocumentFonts fonts() {
        return fonts;
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return SIZE.getWidth() - 2 * MARGIN;
    }

    float y() {
        return y;
    }

    void down(float points) {
        y -= points;
    }

    /** Starts a new page unless {@code height} points still fit above the footer. */
    void ensureRoom(float height) {
        if (y - height < BOTTOM && y < TOP) {
            newPage();
        }
    }

    /** Something to draw at the top of each further page while it is registered (a table's header). */
    void whileContinuing(Runnable header, Runnable body) {
        onNewPage.add(header);
        try {
            body.run();
        } finally {
            onNewPage.remove(header);
        }
    }

    void text(PDType0Font font, float size, float x, float baseline, String printableText, Color color) {
        try {
            content.setNonStrokingColor(color);
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(printableText);
            content.endText();
        } catch (IOException e) {
            throw new PdfException("cannot write text", e);
        }
    }

    void box(float x, float top, float width, float height, Color fill, Color stroke) {
        try {
            content.setLineWidth(0.5f);
            content.addRect(x, top - height, width, height);
            if (fill != null) {
                content.setNonStrokingColor(fill);
                content.setStrokingColor(stroke);
                content.fillAndStroke();
            } else {
                content.setStrokingColor(stroke);
                content.stroke();
            }
        } catch (IOException e) {
            throw new PdfException("cannot draw a box", e);
        }
    }

    void line(float x1, float y1, float x2, float y2, Color color) {
        try {
            content.setLineWidth(0.5f);
            content.setStrokingColor(color);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        } catch (IOException e) {
            throw new PdfException("cannot draw a line", e);
        }
    }

    List<PDPage> pages() {
        return List.copyOf(pages);
    }

    private void newPage() {
        closeContent();
        PDPage page = new PDPage(SIZE);
        document.addPage(page);
        pages.add(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new PdfException("cannot start a page", e);
        }
        y = TOP;
        List.copyOf(onNewPage).forEach(Runnable::run);
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new PdfException("cannot finish a page", e);
            }
        }
    }

    @Override
    public void close() {
        closeContent();
        content = null;
    }
}
