package com.estate.platform.attachment;

import java.text.Normalizer;

/**
 * Makes a client's file name safe to store and to send back in {@code Content-Disposition}: no directories (a
 * name like {@code ..\..\boot.ini} keeps only {@code boot.ini}), no control or invisible formatting characters
 * (line breaks that would split a header, right-to-left overrides that disguise {@code exe.pdf} as
 * {@code fdp.exe}), none of the characters that file systems refuse, at most {@value #MAX_LENGTH} characters with
 * the extension kept. Letters of every script stay: {@code 交房验收单.pdf} is kept as it is.
 */
public final class Filenames {

    static final int MAX_LENGTH = 120;
    static final String FALLBACK = "file";
    private static final int MAX_EXTENSION = 16;

    private Filenames() {
    }

    public static String sanitize(String original) {
        if (original == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(Filenames::allowed).forEach(kept::appendCodePoint);
        String cleaned = kept.toString().strip();
        // leading dots hide files or climb directories; trailing dots and spaces are dropped by Windows
        cleaned = cleaned.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        return cleaned.isEmpty() ? FALLBACK : shorten(cleaned);
    }

    private static boolean allowed(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
            return false;
        }
        return "<>:\"|?*".indexOf(codePoint) < 0;
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
        String stem = extension.isEmpty() ? name : name.substring(0, dot);
        int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
        return stem.substring(0, stem.offsetByCodePoints(0, keep)).strip() + extension;
    }
}
