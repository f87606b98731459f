package com.estate.workorder.service.web;

import com.estate.workorder.service.domain.CatalogItem;
import com.estate.workorder.service.domain.PricingUnit;

/** A catalog item; the price as a decimal string with two places and its currency. */
record CatalogItemResponse(String id, String communityId, String name, String description, String price,
        String currency, PricingUnit pricingUnit, String department, boolean available) {

    static CatalogItemResponse of(CatalogItem item) {
        return new CatalogItemResponse(item.id(), item.communityId(), item.name(), item.description(),
                item.price().price().toPlainString(), item.price().price().currency(), item.price().unit(),
                item.department(), item.available());
    }
}
