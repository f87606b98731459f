package com.estate.billing.fee;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A community's fee items, all dates: what is priced how on a given day. Plain Java. */
public record FeeSchedule(String communityId, List<FeeItem> items) {

    public FeeSchedule {
        items = items.stream().sorted(Comparator.comparing(FeeItem::code).thenComparing(FeeItem::effectiveFrom))
                .toList();
    }

    /** The item of this code for a unit of this use on that day (an item for the use before one for every use). */
    public Optional<FeeItem> item(String code, String unitUse, LocalDate day) {
        return items.stream().filter(i -> i.code().equals(code) && i.effectiveOn(day) && i.appliesTo(unitUse))
                .min(Comparator.comparing(i -> i.unitUse() == null ? 1 : 0));
    }

    /** The monthly items (property fee, fixed monthly fees) a unit of this use is billed for on that day. */
    public List<FeeItem> monthlyItems(String unitUse, LocalDate day) {
        return items.stream().filter(i -> i.kind().isMonthly()).map(FeeItem::code).distinct()
                .flatMap(code -> item(code, unitUse, day).stream()).toList();
    }
}
