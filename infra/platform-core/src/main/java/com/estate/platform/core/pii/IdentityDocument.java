package com.estate.platform.core.pii;

import com.estate.platform.core.pii.validation.ValidIdentityDocument;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * An identity document as a request carries it: which kind and its number, validated together (a passport number
 * is not an ID number). Mark the field {@code @Valid} so its constraints run.
 */
@ValidIdentityDocument
public record IdentityDocument(@NotNull IdentityDocumentType type, @NotBlank String number) {

    /** The number as stored and looked up: see {@link IdentityDocumentType#normalize(String)}. */
    public String normalizedNumber() {
        return type.normalize(number);
    }

    /** Never the number: a document in a log line or an exception message shows only its masked form. */
    @Override
    public String toString() {
        return "IdentityDocument[type=" + type + ", number=" + (number == null ? null : type == null
                ? PiiMasks.travelDocument(number) : type.mask(number)) + "]";
    }
}
