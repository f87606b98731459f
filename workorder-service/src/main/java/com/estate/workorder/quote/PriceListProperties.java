package com.estate.workorder.quote;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The price list every community starts with (the service's application.yml), until its supervisors set their own
 * ({@code PUT /api/work-orders/price-list?communityId=...}).
 */
@ConfigurationProperties("app.workorder.price-list")
public record PriceListProperties(List<PriceItem> defaults) {

    public PriceListProperties {
        defaults = defaults == null ? List.of() : List.copyOf(defaults);
    }
}
