package com.estate.workorder.quote;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One item of a community's price list for paid repairs (infra/BUSINESS-RULES.md §14.2): labour or a material, its
 * price per unit ({@code CNY}, two places) and what the unit is (per job, per hour, per metre, per piece).
 */
public record PriceItem(String code, String name, PriceKind kind, String unit, BigDecimal price) {

    public PriceItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(price, "price");
    }
}
