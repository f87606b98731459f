package com.estate.platform.observability;

import com.estate.contracts.tracing.Traceparent;
import org.slf4j.MDC;

/**
 * The trace of the request or event being handled on this thread, kept in the logging MDC (as {@code traceId}
 * and {@code spanId}), so every log line and every event raised while handling it carries the same trace id.
 */
public final class TraceContext {

    public static final String HEADER = Traceparent.HEADER;
    static final String TRACE_ID = "traceId";
    static final String SPAN_ID = "spanId";

    private TraceContext() {
    }

    /** Continues the caller's trace with a new span, or starts a trace when the header is absent or invalid. */
    public static void begin(String incomingTraceparent) {
        Traceparent current = Traceparent.continueOrStart(incomingTraceparent);
        MDC.put(TRACE_ID, current.traceId());
        MDC.put(SPAN_ID, current.spanId());
    }

    public static void end() {
        MDC.remove(TRACE_ID);
        MDC.remove(SPAN_ID);
    }

    /** The traceparent to send onwards, or null outside any trace. */
    public static String currentTraceparent() {
        String traceId = MDC.get(TRACE_ID);
        String spanId = MDC.get(SPAN_ID);
        return traceId == null || spanId == null ? null : new Traceparent(traceId, spanId, true).header();
    }
}
