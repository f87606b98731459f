package com.estate.platform.core.pii.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.platform.core.pii.IdentityDocument;
import com.estate.platform.core.pii.IdentityDocumentType;
import com.estate.platform.core.validation.CatalogMessages;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The constraints through a real Bean Validation provider (Hibernate Validator), with a fixed clock; their
 * messages written as the problem writers write them ({@link CatalogMessages}).
 */
class PiiConstraintsTest {

    /** 2026-12-01 in China (still 30 November in UTC). */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T20:00:00Z"), ZoneOffset.UTC);
    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .clockProvider(() -> CLOCK).buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private static final String ID = "11010519491231002X";
    private static final String BORN_ON_1_DECEMBER = withCheck("11010520261201001");

    record Person(@MainlandIdNumber String idNumber, @MainlandMobile String phone, @Valid IdentityDocument document) {
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void validValuesAndMissingOptionalOnesPass() {
        assertThat(errors(new Person(ID, "+86 138-1234-5678", document(IdentityDocumentType.MAINLAND_ID, ID))))
                .isEmpty();
        assertThat(errors(new Person(ID.toLowerCase(), "13912345678", null))).isEmpty();
        assertThat(errors(new Person(null, null, document(IdentityDocumentType.PASSPORT, "e1234 5678")))).isEmpty();
        assertThat(errors(new Person(BORN_ON_1_DECEMBER, null, document(IdentityDocumentType.HK_MACAO_PERMIT,
                "H12345678")))).isEmpty(); // born today in China, though not yet in UTC
        assertThat(errors(new Person(null, null, document(IdentityDocumentType.TAIWAN_PERMIT, "12345678")))).isEmpty();
    }

    @Test
    void eachInvalidFieldIsReportedInTheCallersLanguage() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(errors(new Person("110105194912310021", "12812345678",
                document(IdentityDocumentType.PASSPORT, "E1234-5678")))).isEqualTo(Map.of(
                        "idNumber", "must be an 18-character mainland ID number with a real birth date and a correct "
                                + "check character",
                        "phone", "must be an 11-digit mainland mobile number (13x to 19x), optionally after +86",
                        "document.number", "must be a passport number of 5 to 9 letters and digits"));

        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(errors(new Person(withCheck("11010520261202001"), "1381234567",
                document(IdentityDocumentType.TAIWAN_PERMIT, "H12345678")))).isEqualTo(Map.of(
                        "idNumber", "应为 18 位居民身份证号码，出生日期真实且校验码正确",
                        "phone", "应为 11 位中国大陆手机号码（13 至 19 开头），可带 +86",
                        "document.number", "应为 8 位或 10 位数字"));
    }

    @Test
    void aDocumentIsCheckedAgainstItsOwnType() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(errors(new Person(null, null, document(IdentityDocumentType.MAINLAND_ID, "E12345678"))))
                .containsOnlyKeys("document.number");
        assertThat(errors(new Person(null, null, document(IdentityDocumentType.HK_MACAO_PERMIT, ID))))
                .containsEntry("document.number", "must be H or M followed by 8 or 10 digits");
        assertThat(errors(new Person(null, null, document(null, ID)))).containsOnlyKeys("document.type");
        assertThat(errors(new Person(null, null, document(IdentityDocumentType.PASSPORT, " "))))
                .containsOnlyKeys("document.number");
    }

    private static IdentityDocument document(IdentityDocumentType type, String number) {
        return new IdentityDocument(type, number);
    }

    private static Map<String, String> errors(Person person) {
        Set<ConstraintViolation<Person>> violations = VALIDATOR.validate(person);
        return violations.stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                v -> CatalogMessages.resolve(v.getMessage(), LocaleContextHolder.getLocale()), (a, b) -> a + " | " + b,
                TreeMap::new));
    }

    private static String withCheck(String first17) {
        return first17 + com.estate.platform.core.pii.MainlandIdNumbers.checkCharacter(first17);
    }
}
