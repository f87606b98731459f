package com.estate.platform.core.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class LookupHasherTest {

    private static final String KEY = FieldEncryptorTest.randomKey();
    private final LookupHasher hasher = hasher(KEY);

    @Test
    void isAnHmacOfTheKindAndTheNormalisedValue() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(java.util.Base64.getDecoder().decode(KEY), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(
                mac.doFinal("MAINLAND_ID:44030819900101123X".getBytes(StandardCharsets.UTF_8)));

        assertThat(hasher.idNumber("44030819900101123X")).isEqualTo(expected).hasSize(64);
        assertThat(hasher(KEY).idNumber("44030819900101123X")).isEqualTo(expected); // stable across instances
    }

    @Test
    void equalNumbersWrittenDifferentlyHashAlike() {
        String id = hasher.idNumber("44030819900101123X");
        assertThat(hasher.idNumber(" 44030819900101123x ")).isEqualTo(id);
        assertThat(hasher.document(IdentityDocumentType.MAINLAND_ID, "44030819900101123x")).isEqualTo(id);
        assertThat(hasher.document(new IdentityDocument(IdentityDocumentType.MAINLAND_ID, "44030819900101123X")))
                .isEqualTo(id);

        String phone = hasher.phone("13812345678");
        assertThat(hasher.phone("+8613812345678")).isEqualTo(phone);
        assertThat(hasher.phone(" +86 138-1234-5678 ")).isEqualTo(phone);
        assertThat(hasher.phone("138 1234 5678")).isEqualTo(phone);
        assertThat(hasher.phone("13812345679")).isNotEqualTo(phone);

        assertThat(hasher.document(IdentityDocumentType.PASSPORT, "e 1234 5678"))
                .isEqualTo(hasher.document(IdentityDocumentType.PASSPORT, "E12345678"));
    }

    @Test
    void theKindAndTheKeyArePartOfTheHash() {
        assertThat(hasher.document(IdentityDocumentType.TAIWAN_PERMIT, "12345678"))
                .isNotEqualTo(hasher.document(IdentityDocumentType.PASSPORT, "12345678"));
        assertThat(hasher.phone("13812345678"))
                .isNotEqualTo(hasher.document(IdentityDocumentType.PASSPORT, "13812345678"));
        assertThat(hasher(FieldEncryptorTest.randomKey()).phone("13812345678"))
                .isNotEqualTo(hasher.phone("13812345678"));
    }

    @Test
    void refusesToWorkWithoutAKey() {
        assertThatThrownBy(() -> hasher(null)).isInstanceOf(MissingPiiKeyException.class)
                .hasMessage("app.pii.lookup-key: no key is configured");
        assertThatThrownBy(() -> hasher(java.util.Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessage("app.pii.lookup-key: the key has 16 bytes, fewer than 32");
    }

    private static LookupHasher hasher(String key) {
        return new LookupHasher(new PiiProperties(Map.of(), null, key, Set.of()));
    }
}
