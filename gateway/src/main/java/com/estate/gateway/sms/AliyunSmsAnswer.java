package com.estate.gateway.sms;

import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Dysmsapi answered to {@code SendSms} ({@code Format=JSON}): {@code Code} is {@code OK} when the message was
 * accepted, otherwise an error code such as {@code isv.BUSINESS_LIMIT_CONTROL}; {@code RequestId} identifies the
 * call for Alibaba Cloud support; {@code BizId} identifies the message for delivery receipts.
 *
 * @param status the HTTP status
 * @param code   the provider's code, or {@code null} when the body was not the provider's JSON
 */
record AliyunSmsAnswer(int status, String code, String message, String requestId, String bizId) {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    /** Any run of 4+ digits: phone numbers and one-time codes, also inside percent-encoded text. */
    private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]{4,}");
    private static final int MAX_TEXT = 200;

    static AliyunSmsAnswer parse(int status, String body) {
        try {
            JsonNode json = JSON.readTree(body == null ? "" : body);
            if (json == null || !json.isObject()) {
                return new AliyunSmsAnswer(status, null, null, null, null);
            }
            return new AliyunSmsAnswer(status, text(json, "Code"), text(json, "Message"), text(json, "RequestId"),
                    text(json, "BizId"));
        } catch (JacksonException notJson) {
            // e.g. an HTML error page from a proxy in between; its text is not worth carrying
            return new AliyunSmsAnswer(status, null, null, null, null);
        }
    }

    boolean accepted() {
        return status >= 200 && status < 300 && "OK".equals(code);
    }

    /**
     * For exception messages and logs. The provider's {@code Message} can quote the request back: a
     * {@code SignatureDoesNotMatch} answer contains the whole string to sign, phone number and code included. So
     * digit runs are blanked out of it, and it is shortened.
     */
    String describe() {
        StringBuilder text = new StringBuilder("HTTP ").append(status);
        text.append(", Code ").append(code == null ? "(none: not the provider's JSON)" : shorten(code));
        if (requestId != null) {
            text.append(", RequestId ").append(shorten(requestId));
        }
        if (message != null) {
            text.append(", Message \"").append(shorten(DIGIT_RUN.matcher(message).replaceAll("****"))).append('"');
        }
        return text.toString();
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isString() ? value.stringValue() : value.toString();
    }

    private static String shorten(String value) {
        return value.length() <= MAX_TEXT ? value : value.substring(0, MAX_TEXT) + "...";
    }
}
