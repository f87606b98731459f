package com.estate.platform.core.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldEncryptorTest {

    private static final String K1 = randomKey();
    private static final String K2 = randomKey();
    private static final String ID = "440308199001011234";

    @Test
    void encryptsUnderTheCurrentKeyWithAFreshIvAndDecryptsBack() {
        FieldEncryptor encryptor = encryptor(Map.of("k1", K1), null);

        String first = encryptor.encrypt(ID);
        String second = encryptor.encrypt(ID);

        assertThat(first).startsWith("v1:k1:").doesNotContain(ID);
        assertThat(second).isNotEqualTo(first); // a random IV per value: equal numbers do not look equal
        assertThat(encryptor.decrypt(first)).isEqualTo(ID);
        assertThat(encryptor.decrypt(second)).isEqualTo(ID);
        assertThat(encryptor.decrypt(encryptor.encrypt("张三 +86 138-1234-5678"))).isEqualTo("张三 +86 138-1234-5678");
        // 12 bytes IV + 18 bytes + 16 bytes tag
        assertThat(Base64.getDecoder().decode(first.substring("v1:k1:".length()))).hasSize(12 + 18 + 16);
    }

    @Test
    void anAlteredValueIsRefused() {
        FieldEncryptor encryptor = encryptor(Map.of("k1", K1), null);
        String stored = encryptor.encrypt(ID);
        byte[] data = Base64.getDecoder().decode(stored.substring("v1:k1:".length()));

        for (int i : new int[] {0, 12, data.length - 1}) { // the IV, the ciphertext, the tag
            byte[] altered = data.clone();
            altered[i] ^= 1;
            assertThatThrownBy(() -> encryptor.decrypt("v1:k1:" + Base64.getEncoder().encodeToString(altered)))
                    .isInstanceOf(UnreadableCiphertextException.class).hasMessageContaining("altered")
                    .hasMessageNotContaining(ID);
        }
        byte[] truncated = java.util.Arrays.copyOf(data, 20);
        assertThatThrownBy(() -> encryptor.decrypt("v1:k1:" + Base64.getEncoder().encodeToString(truncated)))
                .isInstanceOf(UnreadableCiphertextException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> encryptor.decrypt(ID)).isInstanceOf(UnreadableCiphertextException.class)
                .hasMessage("not a v1 encrypted value");
        assertThatThrownBy(() -> encryptor.decrypt("v1:k1:not base64!"))
                .isInstanceOf(UnreadableCiphertextException.class).hasMessageContaining("base64");
    }

    @Test
    void theKeyIdIsAuthenticated() {
        FieldEncryptor both = encryptor(Map.of("k1", K1, "k2", K2), "k1");
        String stored = both.encrypt(ID);

        // the same bytes claimed to be under the other key id do not decrypt, even with that key configured
        assertThatThrownBy(() -> both.decrypt(stored.replace("v1:k1:", "v1:k2:")))
                .isInstanceOf(UnreadableCiphertextException.class);
    }

    @Test
    void afterARotationOldValuesAreReadAndNewOnesUseTheNewKey() {
        String underK1 = encryptor(Map.of("k1", K1), "k1").encrypt(ID);

        FieldEncryptor rotated = encryptor(Map.of("k1", K1, "k2", K2), "k2");
        String underK2 = rotated.encrypt(ID);

        assertThat(rotated.currentKeyId()).isEqualTo("k2");
        assertThat(underK2).startsWith("v1:k2:");
        assertThat(FieldEncryptor.keyIdOf(underK1)).isEqualTo("k1");
        assertThat(rotated.decrypt(underK1)).isEqualTo(ID);
        assertThat(rotated.decrypt(underK2)).isEqualTo(ID);
    }

    @Test
    void aValueUnderAKeyThatIsNotConfiguredSaysWhichKeyIsMissing() {
        String underK2 = encryptor(Map.of("k2", K2), null).encrypt(ID);

        assertThatThrownBy(() -> encryptor(Map.of("k1", K1), null).decrypt(underK2))
                .isInstanceOf(UnreadableCiphertextException.class)
                .hasMessage("the value is encrypted under key id 'k2', which is not configured (app.pii.keys.k2); "
                        + "configured: [k1]");
    }

    @Test
    void refusesToWorkWithoutUsableKeys() {
        assertThatThrownBy(() -> encryptor(Map.of(), null)).isInstanceOf(MissingPiiKeyException.class)
                .hasMessage("app.pii.keys: no encryption key is configured");
        assertThatThrownBy(() -> encryptor(Map.of("k1", ""), null)).isInstanceOf(MissingPiiKeyException.class)
                .hasMessage("app.pii.keys.k1: no key is configured");
        assertThatThrownBy(() -> encryptor(Map.of("k1", "not base64!"), null))
                .hasMessage("app.pii.keys.k1: the key is not valid base64");
        assertThatThrownBy(() -> encryptor(Map.of("k1", Base64.getEncoder().encodeToString(new byte[16])), null))
                .hasMessage("app.pii.keys.k1: the key has 16 bytes, not 32");
        assertThatThrownBy(() -> encryptor(Map.of("k1", K1, "k2", K2), null))
                .isInstanceOf(MissingPiiKeyException.class).hasMessageStartingWith("app.pii.current-key: several keys");
        assertThatThrownBy(() -> encryptor(Map.of("k1", K1), "k3"))
                .hasMessage("app.pii.current-key: 'k3' is not among the configured keys [k1]");
        assertThatThrownBy(() -> encryptor(Map.of("k:1", K1), null)).isInstanceOf(MissingPiiKeyException.class)
                .hasMessageStartingWith("app.pii.keys.k:1:");
    }

    private static FieldEncryptor encryptor(Map<String, String> keys, String current) {
        return new FieldEncryptor(new PiiProperties(keys, current, null, Set.of()));
    }

    static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
