package com.estate.billing.provider;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A callback as it arrived: its headers (looked up ignoring case) and its raw body, exactly as signed. */
public record CallbackRequest(Map<String, String> headers, String body) {

    public CallbackRequest {
        TreeMap<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        headers = byName;
        body = body == null ? "" : body;
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
