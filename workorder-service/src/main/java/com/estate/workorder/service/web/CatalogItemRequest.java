package com.estate.workorder.service.web;

import com.estate.platform.money.Money;
import com.estate.workorder.service.ServiceCatalog;
import com.estate.workorder.service.domain.CatalogItem;
import com.estate.workorder.service.domain.PricingUnit;
import com.estate.workorder.service.domain.ServicePrice;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A catalog item as a supervisor describes it: only these fields, so neither the community nor the id can be set.
 *
 * @param price yuan as a decimal string with up to two places, more than zero ("35.00")
 */
record CatalogItemRequest(
        @NotBlank @Size(max = 64) String communityId,
        @NotBlank @Size(max = 100) String name,
        @Size(max = 1000) String description,
        @NotNull @Pattern(regexp = "^(0\\.(0[1-9]|[1-9][0-9]?)|[1-9][0-9]{0,7}(\\.[0-9]{1,2})?)$") String price,
        @NotNull PricingUnit pricingUnit,
        @NotBlank @Size(max = 50) String department) implements ServiceCatalog.Draft {

    @Override
    public CatalogItem toItem(String id, String community) {
        return new CatalogItem(id, community, name.strip(), description == null ? "" : description.strip(),
                new ServicePrice(Money.yuan(price), pricingUnit), department.strip(), true);
    }
}
