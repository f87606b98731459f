package com.estate.resident.timeline.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

/** An entry's title parameters from name/value pairs; a value the event did not carry is left out. */
final class Params {

    private Params() {
    }

    static Map<String, String> of(Object... namesAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                params.put((String) namesAndValues[i], namesAndValues[i + 1].toString());
            }
        }
        return params;
    }
}
