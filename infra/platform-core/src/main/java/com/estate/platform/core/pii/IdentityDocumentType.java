package com.estate.platform.core.pii;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The identity documents a resident may register with, each with its number format and how it is masked.
 * Numbers are compared and stored normalised: surrounding blanks and inner spaces removed, letters upper-case.
 */
public enum IdentityDocumentType {

    /** Resident identity card (居民身份证), and the residence permits for HK, Macao and Taiwan residents. */
    MAINLAND_ID(null),
    /**
     * Passport of any country: the ICAO 9303 document number field, 5 to 9 letters and digits (Chinese passports
     * are {@code E} or {@code G} and 8 characters after it).
     */
    PASSPORT(Pattern.compile("[A-Z0-9]{5,9}")),
    /**
     * Mainland travel permit for Hong Kong and Macao residents (港澳居民来往内地通行证): {@code H} (Hong Kong) or
     * {@code M} (Macao) and 8 digits, 10 on the older booklets.
     */
    HK_MACAO_PERMIT(Pattern.compile("[HM][0-9]{8}([0-9]{2})?")),
    /** Mainland travel permit for Taiwan residents (台湾居民来往大陆通行证): 8 digits on the card, 10 on the booklet. */
    TAIWAN_PERMIT(Pattern.compile("[0-9]{8}([0-9]{2})?"));

    private final Pattern format;

    IdentityDocumentType(Pattern format) {
        this.format = format;
    }

    public String normalize(String number) {
        return this == MAINLAND_ID ? MainlandIdNumbers.normalize(number)
                : number.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** Whether the number fits this document's format ({@code today} bounds a mainland ID's birth date). */
    public boolean isValid(String number, LocalDate today) {
        return this == MAINLAND_ID ? MainlandIdNumbers.isValid(number, today)
                : format.matcher(normalize(number)).matches();
    }

    /** The number as a role that may not see it is shown it. */
    public String mask(String number) {
        return this == MAINLAND_ID ? PiiMasks.idNumber(number) : PiiMasks.travelDocument(number);
    }
}
