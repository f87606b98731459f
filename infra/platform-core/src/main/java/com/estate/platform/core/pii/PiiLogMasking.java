package com.estate.platform.core.pii;

import org.springframework.boot.json.JsonWriter.Members;
import org.springframework.boot.json.JsonWriter.ValueProcessor;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * The last defence for logs: every string value of every structured (JSON) log line, the message, the exception's
 * message and stack trace and the MDC included, has ID numbers and mainland mobiles masked
 * ({@link PiiMasks#maskPiiIn}). Code still must not log personal data; this catches what slips through.
 * Enabled with {@code logging.structured.json.customizer=com.estate.platform.core.pii.PiiLogMasking}: the
 * platform's defaults set it for every service, the gateway's application.yml for the gateway.
 */
public class PiiLogMasking implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(Members<Object> members) {
        members.applyingValueProcessor(ValueProcessor.of(String.class, PiiMasks::maskPiiIn));
    }
}
