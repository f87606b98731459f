package com.estate.archfixture.clean.orders.domain;

/** Plain Java, as a domain class should be. */
public record Order(String id) {
}
