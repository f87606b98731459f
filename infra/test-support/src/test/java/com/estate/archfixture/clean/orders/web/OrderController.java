package com.estate.archfixture.clean.orders.web;

import com.estate.archfixture.clean.orders.domain.Order;

/** Used by its own feature only. */
public class OrderController {

    public Order get(String id) {
        return new Order(id);
    }
}
