package com.estate.e2e;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One HTTP answer from the gateway, kept whole so a failed assertion can show what came back. */
record Reply(String request, int status, String contentType, String wwwAuthenticate, String etag,
        String retryAfter, String body) {

    private static final JsonMapper JSON = JsonMapper.shared();

    JsonNode json() {
        return JSON.readTree(body);
    }

    /** The media type without parameters, lower case: {@code application/json;charset=UTF-8} is {@code application/json}. */
    String mediaType() {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase();
    }

    @Override
    public String toString() {
        return request + " -> " + status + " " + contentType + " " + body;
    }
}
