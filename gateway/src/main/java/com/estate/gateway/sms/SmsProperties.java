package com.estate.gateway.sms;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code app.sms.provider} selects the SMS adapter ({@code file}, the default, is the only one built in);
 * {@code app.sms.outbox-file} ({@code APP_SMS_OUTBOX_FILE}) is where the file adapter appends its messages.
 */
@ConfigurationProperties("app.sms")
public record SmsProperties(String provider, Path outboxFile) {
}
