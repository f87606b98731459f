package com.estate.platform.web;

/** One invalid field of a request, as listed in a validation problem's {@code errors}. */
public record FieldError(String field, String message) {
}
