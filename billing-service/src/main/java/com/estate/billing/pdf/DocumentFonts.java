package com.estate.billing.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two faces as loaded into one document (subset-embedded: only the glyphs the document shows are written),
 * and the one place that measures text and keeps it printable: a character the font has no glyph for (an emoji in
 * a payer's name) prints as {@code ?} instead of failing the whole document.
 */
final class DocumentFonts {

    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<Integer, Boolean> printable = new HashMap<>();

    DocumentFonts(PDDocument document, PdfFonts fonts) throws IOException {
        this.regular = load(document, fonts.regular());
        this.bold = load(document, fonts.bold());
    }

    PDType0Font regular() {
        return regular;
    }

    PDType0Font bold() {
        return bold;
    }

    /** Width in points of {@code text} (already {@link #printable}) at {@code size}. */
    float width(PDType0Font font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new PdfException("cannot measure text", e);
        }
    }

    /** {@code text} with control characters as spaces and characters neither face can show as {@code ?}. */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (printable.computeIfAbsent(cp, this::bothFacesShow)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean bothFacesShow(int codePoint) {
        String character = new String(Character.toChars(codePoint));
        try {
            regular.encode(character);
            bold.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static PDType0Font load(PDDocument document, byte[] ttf) throws IOException {
        // the document closes the parsed font when it closes; the bytes stay shared and unchanged
        return PDType0Font.load(document, new RandomAccessReadBuffer(ttf), true, false);
    }
}
