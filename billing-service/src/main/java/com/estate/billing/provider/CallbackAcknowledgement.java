package com.estate.billing.provider;

/** The answer a provider expects to a callback: its status, content type and body. */
public record CallbackAcknowledgement(int status, String contentType, String body) {
}
