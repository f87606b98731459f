package com.estate.archfixture.crossfeature.invoices;

import com.estate.archfixture.crossfeature.orders.web.OrderResponse;

/** Another feature using the orders feature's web record: breaks the rule. */
public class Invoices {

    public String orderOf(OrderResponse order) {
        return order.id();
    }
}
