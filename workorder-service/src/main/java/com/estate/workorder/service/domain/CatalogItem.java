package com.estate.workorder.service.domain;

import java.util.Objects;

/**
 * One service of a community's published catalog (infra/BUSINESS-RULES.md §8): what it is, its price and pricing
 * unit, and the department that does it. A withdrawn item stays for the orders that name it but takes no new ones.
 */
public record CatalogItem(String id, String communityId, String name, String description, ServicePrice price,
        String department, boolean available) {

    public CatalogItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(department, "department");
    }
}
