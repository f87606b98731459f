package com.estate.billing.provider.wechat;

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
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WeChat Pay API v3, Native payment: an order's {@code code_url} is the pay URL (shown as a QR code), callbacks are
 * {@code TRANSACTION.*} notifications whose resource is decrypted after the signature verifies, and the status
 * query asks by our trade number. Off by default ({@code app.billing.providers.wechat-pay.enabled}).
 */
@Component
@ConditionalOnProperty(prefix = "app.billing.providers.wechat-pay", name = "enabled", havingValue = "true")
class WeChatPayProvider implements PaymentProvider {

    static final String NAME = "wechat-pay";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final WeChatPayProperties properties;
    private final WeChatPaySignatures signatures;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http;

    WeChatPayProvider(WeChatPayProperties properties, JsonMapper json, Clock clock) {
        this.properties = properties;
        this.signatures = new WeChatPaySignatures(properties.mchId(), properties.merchantSerialNo(),
                RsaKeys.privateKey(properties.merchantPrivateKey()), RsaKeys.publicKey(properties.platformPublicKey()),
                properties.apiV3Key());
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
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("appid", properties.appId());
        body.put("mchid", properties.mchId());
        body.put("description", request.description());
        body.put("out_trade_no", request.tradeNo());
        body.put("time_expire", OffsetDateTime.ofInstant(request.expiresAt(), CHINA)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        body.put("notify_url", CallbackChecks.absoluteNotifyUrl(properties.notifyBaseUrl(), request.notifyUrl()));
        body.put("amount", Map.of("total", fen(request.amount()), "currency", "CNY"));
        JsonNode answer = call("POST", "/v3/pay/transactions/native", json.writeValueAsString(body));
        String codeUrl = answer.path("code_url").asString(null);
        if (codeUrl == null) {
            throw new ProviderUnavailableException(NAME, "no code_url in the answer");
        }
        return new ProviderOrder(request.tradeNo(), codeUrl);
    }

    @Override
    public ProviderNotice verifyCallback(CallbackRequest callback) {
        String timestamp = callback.header("Wechatpay-Timestamp");
        if (!signatures.verify(timestamp, callback.header("Wechatpay-Nonce"), callback.body(),
                callback.header("Wechatpay-Signature"))) {
            throw new InvalidCallbackException(NAME, "signature does not verify");
        }
        CallbackChecks.requireFresh(NAME, timestamp, clock, properties.maxClockSkew());
        try {
            JsonNode resource = json.readTree(callback.body()).path("resource");
            String plaintext = signatures.decrypt(resource.path("associated_data").asString(null),
                    resource.path("nonce").asString(), resource.path("ciphertext").asString());
            return notice(json.readTree(plaintext));
        } catch (JacksonException | GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidCallbackException(NAME, "resource cannot be decrypted or read");
        }
    }

    @Override
    public CallbackAcknowledgement acknowledgement() {
        return new CallbackAcknowledgement(200, "application/json", "{\"code\":\"SUCCESS\",\"message\":\"成功\"}");
    }

    @Override
    public ProviderNotice query(String tradeNo) {
        return notice(call("GET", "/v3/pay/transactions/out-trade-no/"
                + URLEncoder.encode(tradeNo, StandardCharsets.UTF_8) + "?mchid=" + properties.mchId(), ""));
    }

    /** A transaction as WeChat Pay describes it, in billing's words. */
    static ProviderNotice notice(JsonNode transaction) {
        String tradeNo = transaction.path("out_trade_no").asString(null);
        if (tradeNo == null) {
            throw new IllegalArgumentException("no out_trade_no");
        }
        ProviderPaymentState state = switch (transaction.path("trade_state").asString("")) {
            case "SUCCESS", "REFUND" -> ProviderPaymentState.PAID;
            case "CLOSED", "REVOKED" -> ProviderPaymentState.CLOSED;
            case "PAYERROR" -> ProviderPaymentState.FAILED;
            default -> ProviderPaymentState.PENDING; // NOTPAY, USERPAYING
        };
        JsonNode total = transaction.path("amount").path("total");
        Money amount = total.isMissingNode() ? null
                : new Money(BigDecimal.valueOf(total.asLong()).movePointLeft(2), Money.CNY);
        String successTime = transaction.path("success_time").asString(null);
        return new ProviderNotice(tradeNo, state, transaction.path("transaction_id").asString(null), amount,
                successTime == null ? null : OffsetDateTime.parse(successTime).toInstant());
    }

    private JsonNode call(String method, String path, String body) {
        long timestamp = clock.instant().getEpochSecond();
        String nonce = UUID.randomUUID().toString().replace("-", "");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(properties.baseUrl() + path))
                .timeout(properties.timeout())
                .header("Authorization", signatures.authorization(method, path, body, timestamp, nonce))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json");
        request = "GET".equals(method) ? request.GET() : request.POST(HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new ProviderUnavailableException(NAME, "answered " + response.statusCode());
            }
            if (!signatures.verify(response.headers().firstValue("Wechatpay-Timestamp").orElse(null),
                    response.headers().firstValue("Wechatpay-Nonce").orElse(null), response.body(),
                    response.headers().firstValue("Wechatpay-Signature").orElse(null))) {
                throw new ProviderUnavailableException(NAME, "the answer's signature does not verify");
            }
            return json.readTree(response.body());
        } catch (IOException | JacksonException e) {
            throw new ProviderUnavailableException(NAME, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException(NAME, "interrupted");
        }
    }



    private static long fen(Money amount) {
        return amount.amount().movePointRight(2).longValueExact();
    }
}
