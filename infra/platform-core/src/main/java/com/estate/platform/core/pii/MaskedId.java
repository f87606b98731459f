package com.estate.platform.core.pii;

import java.util.Objects;

/**
 * An identity document number in a response: {@code 440308********1234} for a mainland ID, {@code E*****678} for a
 * passport or permit, unless the caller may see it whole. Written as the number alone; a response that needs the
 * document type carries it as a field of its own.
 */
public final class MaskedId implements MaskedValue {

    private final IdentityDocumentType type;
    private final String number;

    private MaskedId(IdentityDocumentType type, String number) {
        this.type = Objects.requireNonNull(type, "type");
        this.number = Objects.requireNonNull(number, "number");
    }

    /** {@code null} stays {@code null}, so an optional number maps without a check. */
    public static MaskedId of(IdentityDocumentType type, String number) {
        return number == null ? null : new MaskedId(type, number);
    }

    public static MaskedId mainland(String idNumber) {
        return of(IdentityDocumentType.MAINLAND_ID, idNumber);
    }

    public static MaskedId of(IdentityDocument document) {
        return document == null ? null : of(document.type(), document.number());
    }

    public IdentityDocumentType type() {
        return type;
    }

    @Override
    public String masked() {
        return type.mask(number);
    }

    @Override
    public String fullValue() {
        return number;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MaskedId that && type == that.type && number.equals(that.number);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, number);
    }

    @Override
    public String toString() {
        return masked();
    }
}
