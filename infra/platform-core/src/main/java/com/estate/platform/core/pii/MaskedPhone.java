package com.estate.platform.core.pii;

import java.util.Objects;

/** A phone number in a response: {@code 138****1234} unless the caller may see it whole. */
public final class MaskedPhone implements MaskedValue {

    private final String phone;

    private MaskedPhone(String phone) {
        this.phone = Objects.requireNonNull(phone, "phone");
    }

    /** {@code null} stays {@code null}, so an optional phone maps without a check. */
    public static MaskedPhone of(String phone) {
        return phone == null ? null : new MaskedPhone(phone);
    }

    @Override
    public String masked() {
        return PiiMasks.phone(phone);
    }

    @Override
    public String fullValue() {
        return phone;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MaskedPhone that && phone.equals(that.phone);
    }

    @Override
    public int hashCode() {
        return phone.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
