package com.estate.platform.core.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainlandIdNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    /**
     * The check character as GB 11643 defines it, written out independently of the code under test: ISO 7064
     * MOD 11-2, weights 2^(17-i) mod 11, check value (12 - sum mod 11) mod 11, 10 written X.
     */
    static String withCheckCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * (int) (Math.pow(2, 17 - i) % 11);
        }
        int check = (12 - sum % 11) % 11;
        return first17 + (check == 10 ? "X" : String.valueOf(check));
    }

    @Test
    void acceptsRealNumbers() {
        assertThat(MainlandIdNumbers.isValid(withCheckCharacter("44030819900101123"), TODAY)).isTrue();
        assertThat(MainlandIdNumbers.isValid(withCheckCharacter("11010519491231002"), TODAY)).isTrue();
        assertThat(MainlandIdNumbers.isValid(withCheckCharacter("81000020000229001"), TODAY)).isTrue(); // HK permit
        assertThat(MainlandIdNumbers.isValid(withCheckCharacter("65010220261201007"), TODAY)).isTrue(); // born today
        // the example of GB 11643-1999 itself
        assertThat(MainlandIdNumbers.isValid("11010519491231002X", TODAY)).isTrue();
    }

    @Test
    void acceptsTheCheckCharacterXInEitherCase() {
        String withX = IntStream.range(0, 1000).mapToObj(n -> withCheckCharacter("440308198502" + "14" + "%03d".formatted(n)))
                .filter(number -> number.endsWith("X")).findFirst().orElseThrow();

        assertThat(MainlandIdNumbers.isValid(withX, TODAY)).isTrue();
        assertThat(MainlandIdNumbers.isValid(withX.toLowerCase(), TODAY)).isTrue();
        assertThat(MainlandIdNumbers.isValid(" " + withX + " ", TODAY)).isTrue();
        assertThat(MainlandIdNumbers.normalize(" " + withX.toLowerCase())).isEqualTo(withX);
        // as printed on the card, in groups
        String grouped = withX.substring(0, 6) + " " + withX.substring(6, 14) + " " + withX.substring(14).toLowerCase();
        assertThat(MainlandIdNumbers.normalize(grouped)).isEqualTo(withX);
        assertThat(MainlandIdNumbers.isValid(grouped, TODAY)).isTrue();
        assertThat(MainlandIdNumbers.checkCharacter(withX.substring(0, 17))).isEqualTo('X');
    }

    @Test
    void refusesAWrongCheckCharacter() {
        String valid = withCheckCharacter("44030819900101123");
        for (char other : "0123456789X".toCharArray()) {
            if (other != valid.charAt(17)) {
                assertThat(MainlandIdNumbers.isValid(valid.substring(0, 17) + other, TODAY)).as("%s", other).isFalse();
            }
        }
        // two digits swapped: the check character catches it
        assertThat(MainlandIdNumbers.isValid("44030819900101213" + valid.charAt(17), TODAY)).isFalse();
    }

    @ParameterizedTest(name = "birth date {0}")
    @ValueSource(strings = {"19900230", "20230229", "19901301", "19900100", "20261202", "20300101", "18991231"})
    void refusesABirthDateThatIsNotRealOrIsInTheFuture(String birthDate) {
        assertThat(MainlandIdNumbers.isValid(withCheckCharacter("440308" + birthDate + "123"), TODAY)).isFalse();
    }

    @ParameterizedTest(name = "region {0}")
    @ValueSource(strings = {"000000", "100101", "190101", "390101", "660101", "720101", "910101", "990101"})
    void refusesAnUnknownProvince(String region) {
        assertThat(MainlandIdNumbers.isValid(withCheckCharacter(region + "19900101123"), TODAY)).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "4403081990010112", "4403081990010112345", "44030819900101123Y", "X40308199001011234",
            "44030819900101 123", "４４０３０８１９９００１０１１２３４"})
    void refusesWhatIsNotEighteenCharacters(String number) {
        assertThat(MainlandIdNumbers.isValid(number, TODAY)).isFalse();
    }
}
