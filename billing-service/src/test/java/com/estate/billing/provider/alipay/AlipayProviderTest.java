package com.estate.billing.provider.alipay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.billing.provider.CallbackRequest;
import com.estate.billing.provider.InvalidCallbackException;
import com.estate.billing.provider.ProviderNotice;
import com.estate.billing.provider.ProviderPaymentState;
import com.estate.billing.provider.RsaKeys;
import com.estate.platform.money.Money;
import com.estate.testsupport.MovableClock;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Alipay's RSA2 signatures on requests, notifications and answers, with keys generated here (no network). */
class AlipayProviderTest {

    private static final KeyPair APP = rsa();
    private static final KeyPair ALIPAY = rsa();
    private final AlipayProvider provider = new AlipayProvider(new AlipayProperties(true,
            "https://openapi.alipay.com/gateway.do", "2021000000000001",
            Base64.getEncoder().encodeToString(APP.getPrivate().getEncoded()),
            Base64.getEncoder().encodeToString(ALIPAY.getPublic().getEncoded()), "https://estate.example",
            Duration.ofSeconds(5)), JsonMapper.builder().build(), new MovableClock(Instant.parse("2026-12-01T02:00:00Z")));

    private Map<String, String> notification(String status, String total) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("notify_time", "2026-12-01 10:00:06");
        params.put("notify_type", "trade_status_sync");
        params.put("notify_id", "ac05099524730693a8b330c5ecf72da9786");
        params.put("app_id", "2021000000000001");
        params.put("charset", "utf-8");
        params.put("version", "1.0");
        params.put("sign_type", "RSA2");
        params.put("trade_no", "2026120122001400000000000001");
        params.put("out_trade_no", "p-42");
        params.put("trade_status", status);
        params.put("total_amount", total);
        params.put("subject", "物业费 3栋2单元 1502");
        params.put("gmt_payment", "2026-12-01 10:00:05");
        return params;
    }

    private static String form(Map<String, String> params) {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private String signedBy(KeyPair signer, Map<String, String> params) {
        Map<String, String> signed = new LinkedHashMap<>(params);
        signed.put("sign", RsaKeys.sign(signer.getPrivate(), AlipaySignatures.content(params, true)));
        return form(signed);
    }

    @Test
    void theSignedContentIsTheSortedNonEmptyParametersWithoutTheSignature() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("method", "alipay.trade.precreate");
        params.put("app_id", "2021");
        params.put("sign", "xyz");
        params.put("sign_type", "RSA2");
        params.put("empty", "");
        assertThat(AlipaySignatures.content(params, false)).isEqualTo(
                "app_id=2021&method=alipay.trade.precreate&sign_type=RSA2");
        assertThat(AlipaySignatures.content(params, true)).isEqualTo("app_id=2021&method=alipay.trade.precreate");
    }

    @Test
    void aRequestIsSignedWithTheAppKey() {
        AlipaySignatures signatures = new AlipaySignatures(APP.getPrivate(), ALIPAY.getPublic());
        Map<String, String> params = Map.of("app_id", "2021", "method", "alipay.trade.query", "biz_content",
                "{\"out_trade_no\":\"p-42\"}", "sign_type", "RSA2");
        assertThat(RsaKeys.verify(APP.getPublic(), AlipaySignatures.content(params, false),
                signatures.sign(params))).isTrue();
    }

    @Test
    void aSignedNotificationOfOurAppIsAPaidNotice() {
        ProviderNotice notice = provider.verifyCallback(new CallbackRequest(Map.of(),
                signedBy(ALIPAY, notification("TRADE_SUCCESS", "256.80"))));

        assertThat(notice.tradeNo()).isEqualTo("p-42");
        assertThat(notice.state()).isEqualTo(ProviderPaymentState.PAID);
        assertThat(notice.amount()).isEqualTo(Money.yuan("256.80"));
        assertThat(notice.transactionId()).isEqualTo("2026120122001400000000000001");
        assertThat(notice.paidAt()).isEqualTo(Instant.parse("2026-12-01T02:00:05Z"));
        assertThat(provider.verifyCallback(new CallbackRequest(Map.of(),
                signedBy(ALIPAY, notification("TRADE_CLOSED", "256.80")))).state())
                .isEqualTo(ProviderPaymentState.CLOSED);
    }

    @Test
    void aForgedTamperedOrForeignNotificationIsRefused() {
        assertThatThrownBy(() -> provider.verifyCallback(new CallbackRequest(Map.of(),
                signedBy(APP, notification("TRADE_SUCCESS", "256.80"))))).isInstanceOf(InvalidCallbackException.class);
        String genuine = signedBy(ALIPAY, notification("TRADE_SUCCESS", "256.80"));
        assertThatThrownBy(() -> provider.verifyCallback(new CallbackRequest(Map.of(),
                genuine.replace("total_amount=256.80", "total_amount=0.01"))))
                .isInstanceOf(InvalidCallbackException.class);
        Map<String, String> foreign = notification("TRADE_SUCCESS", "256.80");
        foreign.put("app_id", "2021999999999999");
        assertThatThrownBy(() -> provider.verifyCallback(new CallbackRequest(Map.of(), signedBy(ALIPAY, foreign))))
                .isInstanceOf(InvalidCallbackException.class);
        assertThatThrownBy(() -> provider.verifyCallback(new CallbackRequest(Map.of(), "not a form")))
                .isInstanceOf(InvalidCallbackException.class);
    }

    @Test
    void anAnswerIsVerifiedOverItsResponseObjectExactlyAsSent() {
        String response = "{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\"p-42\",\"qr_code\":"
                + "\"https://qr.alipay.com/bax0{x}\",\"nested\":{\"a\":\"}\"}}";
        String body = "{\"alipay_trade_precreate_response\":" + response + ",\"sign\":\""
                + RsaKeys.sign(ALIPAY.getPrivate(), response) + "\"}";
        String cut = AlipayAnswers.rawObject(body, "alipay_trade_precreate_response");
        assertThat(cut).isEqualTo(response);
        AlipaySignatures signatures = new AlipaySignatures(APP.getPrivate(), ALIPAY.getPublic());
        assertThat(signatures.verifyAnswer(cut, JsonMapper.builder().build().readTree(body).path("sign")
                .asString())).isTrue();
        assertThat(signatures.verifyAnswer(cut.replace("p-42", "p-43"), "x")).isFalse();
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
}
