package com.estate.workorder.quote.web;

import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.security.Caller;
import com.estate.workorder.quote.PriceItem;
import com.estate.workorder.quote.PriceKind;
import com.estate.workorder.quote.PriceLists;
import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A community's price list for paid repairs: read by whoever quotes or is quoted, set by supervisors. */
@RestController
class PriceListController {

    private final PriceLists priceLists;

    PriceListController(PriceLists priceLists) {
        this.priceLists = priceLists;
    }

    record PriceListBody(@NotEmpty @Size(max = 500) List<@Valid @NotNull Item> items) {
    }

    /** @param price CNY, a decimal string with at most two places */
    record Item(@NotBlank @Size(max = 50) String code, @NotBlank @Size(max = 100) String name,
            @NotNull PriceKind kind, @Size(max = 20) String unit,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @NotNull @DecimalMin("0.01") @Digits(integer = 8,
                    fraction = 2) BigDecimal price) {

        static Item of(PriceItem item) {
            return new Item(item.code(), item.name(), item.kind(), item.unit(), item.price().setScale(2));
        }

        PriceItem toDomain() {
            return new PriceItem(code, name, kind, unit, price.setScale(2));
        }
    }

    @GetMapping("/api/work-orders/price-list")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_AGENT', 'CS_SUPERVISOR', 'DIRECTOR', 'TECHNICIAN', 'RESIDENT')")
    ResponseEntity<PriceListBody> get(@RequestParam String communityId, Caller caller) {
        caller.requireCommunity(communityId, "community", communityId);
        return Etags.ok(priceLists.of(communityId), items -> new PriceListBody(items.stream().map(Item::of)
                .toList()));
    }

    @PutMapping("/api/work-orders/price-list")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR')")
    ResponseEntity<PriceListBody> replace(@RequestParam String communityId, @Valid @RequestBody PriceListBody body,
            IfMatch ifMatch, Caller caller) {
        caller.requireCommunity(communityId, "community", communityId);
        var saved = priceLists.replace(communityId, body.items().stream().map(Item::toDomain).toList(), ifMatch);
        return Etags.ok(saved, items -> new PriceListBody(items.stream().map(Item::of).toList()));
    }
}
