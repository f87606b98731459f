package com.estate.platform.core.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PiiMasksTest {

    @Test
    void masksEachKindInItsFormat() {
        assertThat(PiiMasks.idNumber("440308199001011234")).isEqualTo("440308********1234");
        assertThat(PiiMasks.idNumber("44030819900101123X")).isEqualTo("440308********123X");
        assertThat(PiiMasks.phone("13812341234")).isEqualTo("138****1234");
        assertThat(PiiMasks.phone("+8613812345678")).isEqualTo("138****5678");
        assertThat(PiiMasks.phone("1381234")).isEqualTo("****");
        assertThat(PiiMasks.travelDocument("E12345678")).isEqualTo("E*****678");
        assertThat(PiiMasks.travelDocument("H123456")).isEqualTo("****");
        assertThat(PiiMasks.travelDocument("12345678")).isEqualTo("1****678");
        assertThat(IdentityDocumentType.HK_MACAO_PERMIT.mask("H12345678")).isEqualTo("H*****678");
        assertThat(IdentityDocumentType.MAINLAND_ID.mask("440308199001011234")).isEqualTo("440308********1234");
    }

    @Test
    void theMaskedTypesNeverPrintTheFullValue() {
        MaskedId id = MaskedId.mainland("440308199001011234");
        MaskedPhone phone = MaskedPhone.of("13812345678");
        IdentityDocument passport = new IdentityDocument(IdentityDocumentType.PASSPORT, "E12345678");

        assertThat(id).hasToString("440308********1234");
        assertThat(id.fullValue()).isEqualTo("440308199001011234");
        assertThat(phone).hasToString("138****5678");
        assertThat(phone.fullValue()).isEqualTo("13812345678");
        assertThat(MaskedId.of(passport)).hasToString("E*****678");
        assertThat(passport).hasToString("IdentityDocument[type=PASSPORT, number=E*****678]");
        assertThat(new IdentityDocument(IdentityDocumentType.MAINLAND_ID, "440308199001011234").toString())
                .doesNotContain("199001011234");
        assertThat("%s %s".formatted(id, phone)).isEqualTo("440308********1234 138****5678");
        assertThat(MaskedPhone.of(null)).isNull();
        assertThat(MaskedId.mainland("440308199001011234")).isEqualTo(id).hasSameHashCodeAs(id);
    }

    @Test
    void masksIdNumbersAndMobilesInAnyText() {
        assertThat(PiiMasks.maskPiiIn("resident 440308199001011234 (44030819900101123x) called from 13812345678, "
                + "+8613912345678, +86 13712345678 and 86-15012345678"))
                .isEqualTo("resident 440308********1234 (440308********123x) called from 138****5678, "
                        + "139****5678, 137****5678 and 150****5678");
        assertThat(PiiMasks.maskPiiIn("id=440308199001011234;phone=[13812345678]"))
                .isEqualTo("id=440308********1234;phone=[138****5678]");
    }

    @Test
    void leavesTraceIdsTimestampsAndOtherNumbersAlone() {
        String text = "trace 4bf92f3577b34da6a13812345678e4736 at 2026-12-01T13:45:00.123Z offset 12345678901234 "
                + "order 12812345678 uuid 3f2a1234-5678-4b1d-9c0d-013812345678 took 1234567 ms";
        assertThat(PiiMasks.maskPiiIn(text)).isEqualTo(text);
        assertThat(PiiMasks.maskPiiIn(null)).isNull();
        assertThat(PiiMasks.maskPiiIn("")).isEmpty();
    }

    @Test
    void masksEveryNumberInAText() {
        assertThat(PiiMasks.maskNumbersIn("Field error on field 'phone': rejected value [13812345678]; "
                + "rejected value [+8613812345678]; [8613812345678]; [1381234567]; [+8513812345678]"))
                .isEqualTo("Field error on field 'phone': rejected value [138****5678]; "
                        + "rejected value [138****5678]; [138****5678]; [****]; [****]");
    }

    @Test
    void leavesHexIdsShortNumbersAndOtherTextAlone() {
        String text = "event 3f2a1234567b-0c1d at resident.events-1@42 in 2026, HTTP 400, 123456";
        assertThat(PiiMasks.maskNumbersIn(text)).isEqualTo(text);
        assertThat(PiiMasks.maskNumbersIn("key res-13812345678")).isEqualTo("key res-138****5678");
        assertThat(PiiMasks.maskNumbersIn(null)).isNull();
    }
}
