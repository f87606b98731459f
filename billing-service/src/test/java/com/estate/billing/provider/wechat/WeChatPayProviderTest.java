package com.estate.billing.provider.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.billing.provider.CallbackRequest;
import com.estate.billing.provider.InvalidCallbackException;
import com.estate.billing.provider.ProviderNotice;
import com.estate.billing.provider.ProviderPaymentState;
import com.estate.billing.provider.RsaKeys;
import com.estate.platform.money.Money;
import com.estate.testsupport.MovableClock;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** WeChat Pay API v3's signatures and callback decryption, with keys generated here (no network). */
class WeChatPayProviderTest {

    private static final String API_V3_KEY = "0123456789abcdef0123456789ABCDEF";
    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    private static final KeyPair MERCHANT = rsa();
    private static final KeyPair PLATFORM = rsa();
    private static final KeyPair STRANGER = rsa();
    private final MovableClock clock = new MovableClock(NOW);
    private final WeChatPayProvider provider = new WeChatPayProvider(new WeChatPayProperties(true,
            "https://api.mch.weixin.qq.com", "1900000109", "wx8888888888888888", "5157F09EFDC096DE15EBE81A47057A72",
            base64(MERCHANT.getPrivate().getEncoded()), pem(PLATFORM.getPublic().getEncoded()), "PUB_KEY_ID_0114",
            API_V3_KEY, "https://estate.example", Duration.ofSeconds(5), Duration.ofMinutes(5)),
            JsonMapper.builder().build(), clock);

    @Test
    void aRequestIsSignedWithTheMerchantKeyOverMethodUrlTimeNonceAndBody() {
        WeChatPaySignatures signatures = new WeChatPaySignatures("1900000109", "SERIAL1", MERCHANT.getPrivate(),
                PLATFORM.getPublic(), API_V3_KEY);
        String body = "{\"out_trade_no\":\"p1\"}";
        String header = signatures.authorization("POST", "/v3/pay/transactions/native", body, 1_764_554_400L, "N1");

        assertThat(header).startsWith("WECHATPAY2-SHA256-RSA2048 ").contains("mchid=\"1900000109\"",
                "nonce_str=\"N1\"", "timestamp=\"1764554400\"", "serial_no=\"SERIAL1\"");
        Matcher signature = Pattern.compile("signature=\"([^\"]+)\"").matcher(header);
        assertThat(signature.find()).isTrue();
        assertThat(RsaKeys.verify(MERCHANT.getPublic(),
                "POST\n/v3/pay/transactions/native\n1764554400\nN1\n" + body + "\n", signature.group(1))).isTrue();
    }

    @Test
    void aSignedCallbackIsDecryptedIntoAPaidNotice() throws Exception {
        String body = callbackBody("""
                {"out_trade_no":"p-42","transaction_id":"4200001234202612011234567890","trade_state":"SUCCESS",
                 "amount":{"total":25680,"payer_total":25680,"currency":"CNY"},
                 "success_time":"2026-12-01T10:00:05+08:00"}""", API_V3_KEY);

        ProviderNotice notice = provider.verifyCallback(signed(body, PLATFORM, NOW));

        assertThat(notice.tradeNo()).isEqualTo("p-42");
        assertThat(notice.state()).isEqualTo(ProviderPaymentState.PAID);
        assertThat(notice.amount()).isEqualTo(Money.yuan("256.80"));
        assertThat(notice.transactionId()).isEqualTo("4200001234202612011234567890");
        assertThat(notice.paidAt()).isEqualTo(Instant.parse("2026-12-01T02:00:05Z"));
    }

    @Test
    void aForgedTamperedStaleOrUndecryptableCallbackIsRefused() throws Exception {
        String body = callbackBody("{\"out_trade_no\":\"p-42\",\"trade_state\":\"SUCCESS\",\"amount\":{\"total\":1}}",
                API_V3_KEY);

        assertThatThrownBy(() -> provider.verifyCallback(signed(body, STRANGER, NOW)))
                .isInstanceOf(InvalidCallbackException.class);
        CallbackRequest genuine = signed(body, PLATFORM, NOW);
        assertThatThrownBy(() -> provider.verifyCallback(new CallbackRequest(genuine.headers(),
                body.replace("transaction", "refund")))).isInstanceOf(InvalidCallbackException.class);
        assertThatThrownBy(() -> provider.verifyCallback(signed(body, PLATFORM, NOW.minus(Duration.ofMinutes(6)))))
                .isInstanceOf(InvalidCallbackException.class);
        String otherKey = callbackBody("{\"out_trade_no\":\"p-42\",\"trade_state\":\"SUCCESS\"}",
                "ffffffffffffffffffffffffffffffff");
        assertThatThrownBy(() -> provider.verifyCallback(signed(otherKey, PLATFORM, NOW)))
                .isInstanceOf(InvalidCallbackException.class);
        assertThatThrownBy(() -> provider.verifyCallback(new CallbackRequest(Map.of(), body)))
                .isInstanceOf(InvalidCallbackException.class);
    }

    @Test
    void tradeStatesMeanWhatBillingNeeds() {
        JsonMapper json = JsonMapper.builder().build();
        assertThat(WeChatPayProvider.notice(json.readTree("{\"out_trade_no\":\"p\",\"trade_state\":\"NOTPAY\"}"))
                .state()).isEqualTo(ProviderPaymentState.PENDING);
        assertThat(WeChatPayProvider.notice(json.readTree("{\"out_trade_no\":\"p\",\"trade_state\":\"CLOSED\"}"))
                .state()).isEqualTo(ProviderPaymentState.CLOSED);
        assertThat(WeChatPayProvider.notice(json.readTree("{\"out_trade_no\":\"p\",\"trade_state\":\"PAYERROR\"}"))
                .state()).isEqualTo(ProviderPaymentState.FAILED);
    }

    /** A TRANSACTION.SUCCESS notification whose resource is {@code plaintext}, encrypted as WeChat Pay does. */
    private static String callbackBody(String plaintext, String apiV3Key) throws Exception {
        String nonce = "fdasflkja484";
        String aad = "transaction";
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(apiV3Key.getBytes(StandardCharsets.UTF_8), "AES"),
                new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
        cipher.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
        String ciphertext = Base64.getEncoder().encodeToString(cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        return """
                {"id":"EV-2018022511223320873","create_time":"2026-12-01T10:00:06+08:00","resource_type":"encrypt-resource",\
                "event_type":"TRANSACTION.SUCCESS","summary":"支付成功","resource":{"original_type":"transaction",\
                "algorithm":"AEAD_AES_256_GCM","ciphertext":"%s","associated_data":"%s","nonce":"%s"}}"""
                .formatted(ciphertext, aad, nonce);
    }

    private static CallbackRequest signed(String body, KeyPair signer, Instant at) {
        String timestamp = Long.toString(at.getEpochSecond());
        String nonce = "5K8264ILTKCH16CQ2502SI8ZNMTM67VS";
        String signature = RsaKeys.sign(signer.getPrivate(), timestamp + "\n" + nonce + "\n" + body + "\n");
        return new CallbackRequest(Map.of("Wechatpay-Timestamp", timestamp, "Wechatpay-Nonce", nonce,
                "Wechatpay-Signature", signature, "Wechatpay-Serial", "PUB_KEY_ID_0114"), body);
    }

    static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String base64(byte[] der) {
        return Base64.getEncoder().encodeToString(der);
    }

    static String pem(byte[] der) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END PUBLIC KEY-----\n";
    }
}
