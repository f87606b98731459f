package com.estate.resident.resident.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodesTest {

    /** Codes printed on real business licences (public registry data). */
    private static final String[] REAL = {"9144030071526726XG", "91330100716105852F", "91110000802100433B"};

    @Test
    void realCodesHaveTheirCheckCharacter() {
        for (String code : REAL) {
            assertThat(UnifiedSocialCreditCodes.isValid(code)).as(code).isTrue();
            assertThat(UnifiedSocialCreditCodes.checkCharacter(code.substring(0, 17))).isEqualTo(code.charAt(17));
        }
    }

    @Test
    void anyOtherCheckCharacterIsRefused() {
        String code = REAL[0];
        for (char c : UnifiedSocialCreditCodes.CHARACTERS.toCharArray()) {
            if (c != code.charAt(17)) {
                assertThat(UnifiedSocialCreditCodes.isValid(code.substring(0, 17) + c)).as("%s", c).isFalse();
            }
        }
    }

    @Test
    void lowerCaseIsTheSameCodeAndStoredInCapitals() {
        assertThat(UnifiedSocialCreditCodes.isValid(" 9144030071526726xg ")).isTrue();
        assertThat(UnifiedSocialCreditCodes.normalize(" 9144030071526726xg ")).isEqualTo(REAL[0]);
    }

    @Test
    void lettersTheStandardLeavesOutLengthAndBlanksAreRefused() {
        for (char left : "IOSVZ".toCharArray()) {
            assertThat(UnifiedSocialCreditCodes.isValid("91440300" + left + "1526726XG")).isFalse();
        }
        assertThat(UnifiedSocialCreditCodes.isValid("9144030071526726X")).isFalse();
        assertThat(UnifiedSocialCreditCodes.isValid("9144030071526726XGG")).isFalse();
        assertThat(UnifiedSocialCreditCodes.isValid(null)).isFalse();
        assertThat(UnifiedSocialCreditCodes.isValid("")).isFalse();
    }
}
