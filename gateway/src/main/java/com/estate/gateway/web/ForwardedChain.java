package com.estate.gateway.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The hops a forwarding header lists, from the farthest (left) to the nearest (right), as written: several header
 * lines are one list, in order. An entry that names no node is kept as an empty string, so that the caller sees
 * something malformed rather than a shorter list.
 */
final class ForwardedChain {

    private ForwardedChain() {
    }

    /** {@code X-Forwarded-For: 203.0.113.9, 10.0.0.7}. */
    static List<String> xForwardedFor(List<String> values) {
        List<String> hops = new ArrayList<>();
        for (String value : values) {
            for (String hop : value.split(",", -1)) {
                hops.add(hop.strip());
            }
        }
        return hops;
    }

    /**
     * RFC 7239 {@code Forwarded: for=203.0.113.9;proto=https, for="[2001:db8::1]:4711"}: the {@code for} parameter of
     * each element, unquoted. A comma inside a quoted value splits it into malformed pieces, which is the safe side.
     */
    static List<String> forwarded(List<String> values) {
        List<String> hops = new ArrayList<>();
        for (String value : values) {
            for (String element : value.split(",", -1)) {
                hops.add(forParameter(element));
            }
        }
        return hops;
    }

    private static String forParameter(String element) {
        for (String pair : element.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).strip().equalsIgnoreCase("for")) {
                return unquoted(pair.substring(equals + 1).strip());
            }
        }
        return "";
    }

    private static String unquoted(String value) {
        boolean quoted = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"");
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
