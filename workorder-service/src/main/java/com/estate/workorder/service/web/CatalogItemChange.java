package com.estate.workorder.service.web;

import com.estate.platform.money.Money;
import com.estate.workorder.service.domain.CatalogItem;
import com.estate.workorder.service.domain.PricingUnit;
import com.estate.workorder.service.domain.ServicePrice;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A change of a catalog item: each field left out stays as it is. Orders already agreed keep their fee; a withdrawn
 * item ({@code available: false}) takes no new orders.
 */
record CatalogItemChange(
        @Size(min = 1, max = 100) String name,
        @Size(max = 1000) String description,
        @Pattern(regexp = "^(0\\.(0[1-9]|[1-9][0-9]?)|[1-9][0-9]{0,7}(\\.[0-9]{1,2})?)$") String price,
        PricingUnit pricingUnit,
        @Size(min = 1, max = 50) String department,
        Boolean available) {

    CatalogItem applyTo(CatalogItem item) {
        ServicePrice nextPrice = new ServicePrice(price == null ? item.price().price() : Money.yuan(price),
                pricingUnit == null ? item.price().unit() : pricingUnit);
        return new CatalogItem(item.id(), item.communityId(), name == null ? item.name() : name.strip(),
                description == null ? item.description() : description.strip(), nextPrice,
                department == null ? item.department() : department.strip(),
                available == null ? item.available() : available);
    }
}
