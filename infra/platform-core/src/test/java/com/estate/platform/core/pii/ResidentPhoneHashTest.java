package com.estate.platform.core.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ResidentPhoneHashTest {

    private final ResidentPhoneHash hash = new ResidentPhoneHash("shared-phone-hash-key");

    @Test
    void isTheHmacOfTheE164NumberUnderTheKeyText() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("shared-phone-hash-key".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal("+8613812345678".getBytes(StandardCharsets.UTF_8)));

        assertThat(hash.ofPhone("13812345678")).isEqualTo(expected).matches("[0-9a-f]{64}");
        assertThat(hash.hmac("+8613812345678")).isEqualTo(expected);
    }

    @Test
    void oneNumberHashesAlikeHoweverItIsWritten() {
        String expected = hash.ofPhone("13812345678");
        assertThat(hash.ofPhone("+86 138-1234-5678")).isEqualTo(expected);
        assertThat(hash.ofPhone("138 1234 5678")).isEqualTo(expected);
        assertThat(hash.ofPhone("13812345679")).isNotEqualTo(expected);
        assertThat(new ResidentPhoneHash("another key").ofPhone("13812345678")).isNotEqualTo(expected);
    }

    @Test
    void refusesWhatIsNoMainlandMobileAndAnEmptyKey() {
        assertThatThrownBy(() -> hash.ofPhone("12812345678")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResidentPhoneHash(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(hash.toString()).doesNotContain("shared");
    }
}
