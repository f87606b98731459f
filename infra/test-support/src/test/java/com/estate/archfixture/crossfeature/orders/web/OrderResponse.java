package com.estate.archfixture.crossfeature.orders.web;

/** The orders feature's response record. */
public record OrderResponse(String id) {
}
