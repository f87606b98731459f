package com.estate.gateway.sms;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code app.sms.provider} ({@code APP_SMS_PROVIDER}) selects the SMS adapter: {@code file} (the default,
 * {@link FileSmsSender}) or {@code aliyun} (Alibaba Cloud SMS, {@link AliyunSmsSender}, configured by
 * {@link AliyunSmsProperties}). {@code app.sms.outbox-file} ({@code APP_SMS_OUTBOX_FILE}) is where the file adapter
 * appends its messages.
 */
@ConfigurationProperties("app.sms")
public record SmsProperties(String provider, Path outboxFile) {

    /** The values the adapters' conditions match (case-insensitively, like those conditions). */
    static final Set<String> PROVIDERS = Set.of("file", "aliyun");

    public SmsProperties {
        // A misspelt provider would select no adapter at all and fail later with a less helpful message.
        if (provider != null && !PROVIDERS.contains(provider.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("app.sms.provider (APP_SMS_PROVIDER) must be file or aliyun, not '"
                    + provider + "'");
        }
    }
}
