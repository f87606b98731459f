package com.estate.billing.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The CJK font (Noto Sans SC, regular and bold) that every printed document embeds. The build fetches it from a
 * package registry into the classpath ({@code /fonts}, see billing-service's pom), so a document never depends on
 * the fonts of the machine it is printed on. The TTF bytes are read once; each document parses them again and
 * embeds only the glyphs it uses (a subset), so a receipt stays a few tens of kilobytes instead of 10 MB.
 */
public final class PdfFonts {

    static final String REGULAR = "/fonts/NotoSansSC_400Regular.ttf";
    static final String BOLD = "/fonts/NotoSansSC_700Bold.ttf";

    private final byte[] regular;
    private final byte[] bold;

    private PdfFonts(byte[] regular, byte[] bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Reads both faces from the classpath; fails at once (at start-up) when the build did not bring them. */
    public static PdfFonts fromClasspath() {
        return new PdfFonts(read(REGULAR), read(BOLD));
    }

    byte[] regular() {
        return regular;
    }

    byte[] bold() {
        return bold;
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath: billing-service's build fetches it"
                        + " (maven-antrun-plugin, execution fetch-cjk-font); build the module again");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
