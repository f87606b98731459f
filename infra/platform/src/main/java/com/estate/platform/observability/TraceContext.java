package com.estate.platform.observability;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * W3C trace context carried through HTTP and Kafka headers: the current {@code traceparent} lives in the logging
 * MDC (as {@code traceId} and {@code spanId}), so every log line and every event raised while handling a request
 * carries the same trace id.
 */
public final class TraceContext {

    public static final String HEADER = "traceparent";
    static final String TRACE_ID = "traceId";
    static final String SPAN_ID = "spanId";

    private static final Pattern VALID = Pattern.compile("^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TraceContext() {
    }

    /** Continues the caller's trace with a new span, or starts a trace when the header is absent or invalid. */
    public static void begin(String incomingTraceparent) {
        String traceId = incomingTraceparent != null && VALID.matcher(incomingTraceparent).matches()
                && !incomingTraceparent.startsWith("00-00000000000000000000000000000000")
                ? incomingTraceparent.substring(3, 35)
                : randomHex(16);
        MDC.put(TRACE_ID, traceId);
        MDC.put(SPAN_ID, randomHex(8));
    }

    public static void end() {
        MDC.remove(TRACE_ID);
        MDC.remove(SPAN_ID);
    }

    /** The traceparent to send onwards, or null outside any trace. */
    public static String currentTraceparent() {
        String traceId = MDC.get(TRACE_ID);
        String spanId = MDC.get(SPAN_ID);
        return traceId == null || spanId == null ? null : "00-" + traceId + "-" + spanId + "-01";
    }

    private static String randomHex(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return HexFormat.of().formatHex(buffer);
    }
}
