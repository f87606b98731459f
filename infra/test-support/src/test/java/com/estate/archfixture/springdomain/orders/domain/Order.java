package com.estate.archfixture.springdomain.orders.domain;

import org.springframework.util.Assert;

/** A domain class that reaches for Spring: breaks the rule. */
public record Order(String id) {

    public Order {
        Assert.hasText(id, "id");
    }
}
