package com.estate.billing.provider.alipay;

/**
 * Cuts the signed part out of an Alipay answer: its signature covers the {@code *_response} object exactly as sent
 * (bytes, not a re-serialisation), so the object is located in the raw text by matching its braces.
 */
final class AlipayAnswers {

    private AlipayAnswers() {
    }

    static String rawObject(String body, String key) {
        int at = body.indexOf("\"" + key + "\"");
        if (at < 0) {
            throw new IllegalArgumentException("no " + key + " in the answer");
        }
        int start = body.indexOf('{', at);
        if (start < 0) {
            throw new IllegalArgumentException(key + " is no object");
        }
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < body.length(); i++) {
            char c = body.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return body.substring(start, i + 1);
            }
        }
        throw new IllegalArgumentException("unterminated " + key);
    }
}
