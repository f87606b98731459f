package com.estate.contracts.tracing;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A W3C trace context {@code traceparent} (version 00): the trace a request or event belongs to and the span
 * that sent it. The gateway starts or continues a trace; services and events carry it on, each hop as a new
 * span of the same trace, so one trace id ties together every log line of one journey.
 */
public record Traceparent(String traceId, String spanId, boolean sampled) {

    public static final String HEADER = "traceparent";

    private static final Pattern FORMAT = Pattern.compile("^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$");
    private static final String INVALID_TRACE = "0".repeat(32);
    private static final String INVALID_SPAN = "0".repeat(16);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The header's trace context, if it is a valid one (all-zero ids are invalid by the specification). */
    public static Optional<Traceparent> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        var matcher = FORMAT.matcher(header.strip());
        if (!matcher.matches() || matcher.group(1).equals(INVALID_TRACE) || matcher.group(2).equals(INVALID_SPAN)) {
            return Optional.empty();
        }
        boolean sampled = (HexFormat.fromHexDigits(matcher.group(3)) & 1) == 1;
        return Optional.of(new Traceparent(matcher.group(1), matcher.group(2), sampled));
    }

    /** Continues the incoming trace with a new span, or starts a new trace when the header is absent or invalid. */
    public static Traceparent continueOrStart(String incomingHeader) {
        return parse(incomingHeader).map(Traceparent::child).orElseGet(() -> new Traceparent(hex(16), hex(8), true));
    }

    /** A new span of the same trace. */
    public Traceparent child() {
        return new Traceparent(traceId, hex(8), sampled);
    }

    public String header() {
        return "00-" + traceId + "-" + spanId + (sampled ? "-01" : "-00");
    }

    private static String hex(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return HexFormat.of().formatHex(buffer);
    }
}
