package com.estate.gateway.sms;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Alibaba Cloud SMS adapter ({@code app.sms.aliyun}, used when {@code app.sms.provider=aliyun}).
 * Bound whatever the provider, so nothing here is required at binding time; {@link #requireComplete()} is checked
 * when the adapter starts.
 *
 * @param endpoint        Dysmsapi's address, scheme and host only ({@code APP_SMS_ALIYUN_ENDPOINT})
 * @param accessKeyId     the RAM user's AccessKey ID ({@code APP_SMS_ALIYUN_ACCESS_KEY_ID})
 * @param accessKeySecret its AccessKey secret ({@code APP_SMS_ALIYUN_ACCESS_KEY_SECRET}); never logged
 * @param signName        the approved SMS signature, e.g. the estate's name ({@code APP_SMS_ALIYUN_SIGN_NAME})
 * @param templateCode    the approved verification-code template, e.g. {@code SMS_123456789}, whose variable is
 *                        {@code ${code}} ({@code APP_SMS_ALIYUN_TEMPLATE_CODE})
 * @param regionId        the API region ({@code APP_SMS_ALIYUN_REGION_ID})
 * @param timeout         the longest one message may take: connecting, and the whole request
 *                        ({@code APP_SMS_ALIYUN_TIMEOUT})
 */
@ConfigurationProperties("app.sms.aliyun")
public record AliyunSmsProperties(
        @DefaultValue("https://dysmsapi.aliyuncs.com") URI endpoint,
        String accessKeyId,
        String accessKeySecret,
        String signName,
        String templateCode,
        @DefaultValue("cn-hangzhou") String regionId,
        @DefaultValue("5s") Duration timeout) {

    /**
     * @throws IllegalStateException naming every missing or wrong setting with its environment variable, so that
     *                               a gateway configured for Aliyun does not start half-configured
     */
    void requireComplete() {
        List<String> problems = new ArrayList<>();
        requireText(accessKeyId, "access-key-id", "APP_SMS_ALIYUN_ACCESS_KEY_ID", problems);
        requireText(accessKeySecret, "access-key-secret", "APP_SMS_ALIYUN_ACCESS_KEY_SECRET", problems);
        requireText(signName, "sign-name", "APP_SMS_ALIYUN_SIGN_NAME", problems);
        requireText(templateCode, "template-code", "APP_SMS_ALIYUN_TEMPLATE_CODE", problems);
        requireText(regionId, "region-id", "APP_SMS_ALIYUN_REGION_ID", problems);
        if (!isBaseUrl(endpoint)) {
            // the signature covers the path "/": an endpoint with a path would be rejected by the service
            problems.add("app.sms.aliyun.endpoint (APP_SMS_ALIYUN_ENDPOINT) must be an http(s) URL without a path,"
                    + " e.g. https://dysmsapi.aliyuncs.com");
        }
        if (timeout == null || !timeout.isPositive()) {
            problems.add("app.sms.aliyun.timeout (APP_SMS_ALIYUN_TIMEOUT) must be positive, e.g. 5s");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("app.sms.provider=aliyun is not fully configured: "
                    + String.join("; ", problems));
        }
    }

    private static void requireText(String value, String property, String environmentVariable, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add("set app.sms.aliyun." + property + " (environment variable " + environmentVariable + ")");
        }
    }

    private static boolean isBaseUrl(URI uri) {
        return uri != null && uri.getHost() != null
                && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                && (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
                && uri.getRawQuery() == null;
    }

    /** Without the secret: a record's generated toString would print it wherever the properties are logged. */
    @Override
    public String toString() {
        return "AliyunSmsProperties[endpoint=" + endpoint + ", accessKeyId=" + accessKeyId
                + ", accessKeySecret=" + (accessKeySecret == null ? "null" : "(hidden)") + ", signName=" + signName
                + ", templateCode=" + templateCode + ", regionId=" + regionId + ", timeout=" + timeout + "]";
    }
}
