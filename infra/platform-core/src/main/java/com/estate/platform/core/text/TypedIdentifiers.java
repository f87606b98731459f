package com.estate.platform.core.text;

import java.text.Normalizer;

/**
 * Identifiers people type (building and room numbers, usernames) in one canonical form before they are stored or
 * compared: Unicode NFKC, then stripped of surrounding blanks. A Chinese input method readily produces full-width
 * forms, so {@code ３号楼 } and {@code 3号楼}, or {@code Ａｄｍｉｎ} and {@code Admin}, must be one key, or a unique
 * index would let the same unit or account exist twice. NFKC also folds compatibility characters ({@code ①} to
 * {@code 1}, {@code ﬁ} to {@code fi}) and composes accents, so visually equal keys compare equal.
 */
public final class TypedIdentifiers {

    private TypedIdentifiers() {
    }

    /** The canonical form of a typed identifier; null stays null. Case is kept: callers decide whether it counts. */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        // strip after normalising: NFKC turns the ideographic space U+3000 into a plain space
        return Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
    }
}
