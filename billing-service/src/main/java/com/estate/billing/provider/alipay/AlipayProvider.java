package com.estate.billing.provider.alipay;

import com.estate.billing.provider.CallbackAcknowledgement;
import com.estate.billing.provider.CallbackChecks;
import com.estate.billing.provider.CallbackRequest;
import com.estate.billing.provider.InvalidCallbackException;
import com.estate.billing.provider.OrderRequest;
import com.estate.billing.provider.PaymentProvider;
import com.estate.billing.provider.ProviderNotice;
import com.estate.billing.provider.ProviderOrder;
import com.estate.billing.provider.ProviderPaymentState;
import com.estate.billing.provider.ProviderUnavailableException;
import com.estate.billing.provider.RsaKeys;
import com.estate.platform.money.Money;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alipay, face-to-face QR payment: {@code alipay.trade.precreate} gives the {@code qr_code} that is the pay URL, the
 * asynchronous notification is a form post verified by its RSA2 signature (and our app id), and the status query is
 * {@code alipay.trade.query}. Off by default ({@code app.billing.providers.alipay.enabled}).
 */
@Component
@ConditionalOnProperty(prefix = "app.billing.providers.alipay", name = "enabled", havingValue = "true")
class AlipayProvider implements PaymentProvider {

    static final String NAME = "alipay";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AlipayProperties properties;
    private final AlipaySignatures signatures;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http;

    AlipayProvider(AlipayProperties properties, JsonMapper json, Clock clock) {
        this.properties = properties;
        this.signatures = new AlipaySignatures(RsaKeys.privateKey(properties.appPrivateKey()),
                RsaKeys.publicKey(properties.alipayPublicKey()));
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ProviderOrder createOrder(OrderRequest request) {
        Map<String, Object> biz = new LinkedHashMap<>();
        biz.put("out_trade_no", request.tradeNo());
        biz.put("total_amount", request.amount().toPlainString());
        biz.put("subject", request.description());
        biz.put("time_expire", LocalDateTime.ofInstant(request.expiresAt(), CHINA).format(TIME));
        JsonNode answer = call("alipay.trade.precreate", json.writeValueAsString(biz), CallbackChecks.absoluteNotifyUrl(properties.notifyBaseUrl(),
                request.notifyUrl()));
        String qr = answer.path("qr_code").asString(null);
        if (!"10000".equals(answer.path("code").asString()) || qr == null) {
            throw new ProviderUnavailableException(NAME, "precreate answered " + answer.path("sub_code").asString(""));
        }
        return new ProviderOrder(request.tradeNo(), qr);
    }

    @Override
    public ProviderNotice verifyCallback(CallbackRequest callback) {
        Map<String, String> params = form(callback.body());
        if (!signatures.verifyCallback(params)) {
            throw new InvalidCallbackException(NAME, "signature does not verify");
        }
        if (!properties.appId().equals(params.get("app_id"))) {
            throw new InvalidCallbackException(NAME, "notification of another app");
        }
        try {
            return notice(params.get("out_trade_no"), params.get("trade_status"), params.get("trade_no"),
                    params.get("total_amount"), params.get("gmt_payment"));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidCallbackException(NAME, "unreadable notification");
        }
    }

    @Override
    public CallbackAcknowledgement acknowledgement() {
        return new CallbackAcknowledgement(200, "text/plain;charset=UTF-8", "success");
    }

    @Override
    public ProviderNotice query(String tradeNo) {
        JsonNode answer = call("alipay.trade.query", json.writeValueAsString(Map.of("out_trade_no", tradeNo)), null);
        if ("ACQ.TRADE_NOT_EXIST".equals(answer.path("sub_code").asString())) {
            return new ProviderNotice(tradeNo, ProviderPaymentState.PENDING, null, null, null);
        }
        return notice(tradeNo, answer.path("trade_status").asString(null), answer.path("trade_no").asString(null),
                answer.path("total_amount").asString(null), answer.path("send_pay_date").asString(null));
    }

    static ProviderNotice notice(String tradeNo, String status, String tradeNoAtAlipay, String total, String paidAt) {
        if (tradeNo == null || status == null) {
            throw new IllegalArgumentException("no out_trade_no or trade_status");
        }
        ProviderPaymentState state = switch (status) {
            case "TRADE_SUCCESS", "TRADE_FINISHED" -> ProviderPaymentState.PAID;
            case "TRADE_CLOSED" -> ProviderPaymentState.CLOSED;
            default -> ProviderPaymentState.PENDING; // WAIT_BUYER_PAY
        };
        return new ProviderNotice(tradeNo, state, tradeNoAtAlipay, total == null ? null : Money.yuan(total),
                paidAt == null || paidAt.isBlank() ? null : LocalDateTime.parse(paidAt, TIME).atZone(CHINA).toInstant());
    }

    private JsonNode call(String method, String bizContent, String notifyUrl) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("app_id", properties.appId());
        params.put("method", method);
        params.put("format", "JSON");
        params.put("charset", "utf-8");
        params.put("sign_type", "RSA2");
        params.put("timestamp", LocalDateTime.ofInstant(clock.instant(), CHINA).format(TIME));
        params.put("version", "1.0");
        if (notifyUrl != null) {
            params.put("notify_url", notifyUrl);
        }
        params.put("biz_content", bizContent);
        params.put("sign", signatures.sign(params));
        String form = params.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(properties.gatewayUrl())).timeout(properties.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            String key = method.replace('.', '_') + "_response";
            String signed = AlipayAnswers.rawObject(body, key);
            if (!signatures.verifyAnswer(signed, json.readTree(body).path("sign").asString(null))) {
                throw new ProviderUnavailableException(NAME, "the answer's signature does not verify");
            }
            return json.readTree(signed);
        } catch (IOException | JacksonException | IllegalArgumentException e) {
            throw new ProviderUnavailableException(NAME, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException(NAME, "interrupted");
        }
    }

    /** A form-urlencoded body as its parameters (decoded). */
    static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                params.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

}
