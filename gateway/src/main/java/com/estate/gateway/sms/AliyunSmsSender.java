package com.estate.gateway.sms;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.estate.gateway.security.ConditionalOnBuiltInIssuer;
import com.estate.platform.core.pii.PiiMasks;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends login codes through Alibaba Cloud SMS: one signed {@code GET} of Dysmsapi's {@code SendSms} (API version
 * 2017-05-25, RPC style, see {@link AliyunRpcSignature}) per message, with the approved signature and template of
 * {@link AliyunSmsProperties} and {@code TemplateParam {"code":"<code>"}}. Selected by {@code app.sms.provider=aliyun}.
 * <p>
 * Blocking (the JDK HTTP client): {@link SmsSender} is called off the event loop. Every call is bounded by
 * {@code app.sms.aliyun.timeout}. Anything but a 2xx answer with {@code Code OK} is a {@link SmsDeliveryException}.
 */
@Component
@ConditionalOnProperty(name = "app.sms.provider", havingValue = "aliyun")
@ConditionalOnBuiltInIssuer
class AliyunSmsSender implements SmsSender, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AliyunSmsSender.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    /** ISO 8601 in UTC to the second, the form the API documents ({@code 2017-07-12T02:42:19Z}). */
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final AliyunSmsProperties properties;
    private final Clock clock;
    private final HttpClient http;
    private final URI base;

    AliyunSmsSender(AliyunSmsProperties properties, Clock clock) {
        properties.requireComplete();
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String endpoint = properties.endpoint().toString();
        this.base = URI.create(endpoint.endsWith("/") ? endpoint : endpoint + "/");
        log.info("SMS messages go to Alibaba Cloud SMS at {} (AccessKey ID {}, template {})", base,
                properties.accessKeyId(), properties.templateCode());
    }

    @Override
    public void sendLoginCode(String phoneE164, String code, Duration validFor) {
        String masked = PiiMasks.phone(phoneE164);
        Map<String, String> parameters = parameters(phoneE164, code);
        String signature = AliyunRpcSignature.sign("GET", parameters, properties.accessKeySecret());
        URI uri = URI.create(base + "?" + AliyunRpcSignature.canonicalizedQuery(parameters)
                + "&Signature=" + AliyunRpcSignature.percentEncode(signature));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(properties.timeout())
                .header("Accept", "application/json")
                .build();

        AliyunSmsAnswer answer = exchange(request);
        if (!answer.accepted()) {
            throw new SmsDeliveryException("Alibaba Cloud SMS did not accept the message: " + answer.describe());
        }
        log.info("Login code for {} accepted by Alibaba Cloud SMS (RequestId {}, BizId {})", masked,
                answer.requestId(), answer.bizId());
    }

    /** Every parameter but {@code Signature}: the common RPC ones, then SendSms's own. */
    private Map<String, String> parameters(String phoneE164, String code) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("AccessKeyId", properties.accessKeyId());
        parameters.put("Action", "SendSms");
        parameters.put("Format", "JSON");
        parameters.put("RegionId", properties.regionId());
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureNonce", UUID.randomUUID().toString());
        parameters.put("SignatureVersion", "1.0");
        parameters.put("Timestamp", TIMESTAMP.format(clock.instant()));
        parameters.put("Version", "2017-05-25");
        parameters.put("PhoneNumbers", providerNumber(phoneE164));
        parameters.put("SignName", properties.signName());
        parameters.put("TemplateCode", properties.templateCode());
        parameters.put("TemplateParam", JSON.writeValueAsString(Map.of("code", code)));
        return parameters;
    }

    /**
     * Dysmsapi takes mainland numbers as the 11 national digits, and other numbers as country code plus number
     * without {@code +} or {@code 00}.
     */
    static String providerNumber(String phoneE164) {
        if (phoneE164.startsWith("+86")) {
            return phoneE164.substring(3);
        }
        return phoneE164.startsWith("+") ? phoneE164.substring(1) : phoneE164;
    }

    /**
     * One exchange within the timeout. The request timeout alone covers only the wait for the answer's headers,
     * so the whole exchange also waits on a deadline and is cancelled when it passes. Exception messages here
     * describe the failure, never the request: its address carries the phone number and the code.
     */
    private AliyunSmsAnswer exchange(HttpRequest request) {
        Duration timeout = properties.timeout();
        CompletableFuture<HttpResponse<String>> pending = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        try {
            HttpResponse<String> response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return AliyunSmsAnswer.parse(response.statusCode(), response.body());
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new SmsDeliveryException("Alibaba Cloud SMS did not answer within " + timeout);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new SmsDeliveryException("interrupted while waiting for Alibaba Cloud SMS");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw new SmsDeliveryException("Alibaba Cloud SMS did not answer within " + timeout);
            }
            if (cause instanceof IOException) {
                // the JDK client's I/O exceptions describe the connection (refused, reset, TLS), not the request
                throw new SmsDeliveryException("Alibaba Cloud SMS could not be reached: " + cause, cause);
            }
            throw new SmsDeliveryException("Alibaba Cloud SMS request failed: " + cause.getClass().getName());
        }
    }

    /** Releases the client's threads; Spring calls it on shutdown, as for every AutoCloseable bean. */
    @Override
    public void close() {
        http.close();
    }
}
