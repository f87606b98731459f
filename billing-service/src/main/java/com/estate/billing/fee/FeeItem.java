package com.estate.billing.fee;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One priced item of a community's fee schedule, valid from {@code effectiveFrom} until {@code effectiveTo}
 * (inclusive; null: open-ended). A price change is a new item from a new date, with the old one ended the day before,
 * so a bill of any past period is priced as it was then.
 *
 * @param code         what bills and requests name, e.g. {@code property-management-fee}, {@code parking}
 * @param unitUse      the unit use the item applies to (RESIDENTIAL, COMMERCIAL, PARKING, STORAGE); null: every unit
 * @param unitPrice    per m² per month (PER_AREA), per month (FIXED_MONTHLY), per unit read (METERED), or the amount
 *                     (ONE_OFF); yuan with up to four places (a utility's price per kWh has three), rounded only on the line
 * @param meter        water, electricity or gas, for a METERED item; null otherwise
 * @param moveInMonths for a monthly item asked for at move-in: how many months the move-in bill charges in advance
 */
public record FeeItem(String id, String communityId, String code, String name, FeeKind kind, String unitUse,
        BigDecimal unitPrice, String meter, LocalDate effectiveFrom, LocalDate effectiveTo, int moveInMonths,
        Instant createdAt) {

    public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public FeeItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (!CODE.matcher(code).matches()) {
            throw new InvalidFeeItemException("code is lower-case words joined by '-', e.g. parking: " + code);
        }
        if (unitPrice.signum() < 0 || unitPrice.stripTrailingZeros().scale() > 4) {
            throw new InvalidFeeItemException("unitPrice is yuan, never negative, at most four decimal places");
        }
        if ((kind == FeeKind.METERED) != (meter != null)) {
            throw new InvalidFeeItemException("a metered item, and only a metered item, names its meter");
        }
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new InvalidFeeItemException("effectiveTo is on or after effectiveFrom");
        }
        if (moveInMonths < 0 || moveInMonths > 36) {
            throw new InvalidFeeItemException("moveInMonths is 0 to 36");
        }
    }

    public boolean effectiveOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    public boolean appliesTo(String use) {
        return unitUse == null || unitUse.equals(use);
    }

    /** Whether this item and another would both price the same thing on some day. */
    public boolean overlaps(FeeItem other) {
        boolean sameThing = code.equals(other.code) && Objects.equals(unitUse, other.unitUse);
        boolean otherEndsBefore = other.effectiveTo != null && other.effectiveTo.isBefore(effectiveFrom);
        boolean endsBeforeOther = effectiveTo != null && effectiveTo.isBefore(other.effectiveFrom);
        return sameThing && !id.equals(other.id) && !otherEndsBefore && !endsBeforeOther;
    }

    public FeeItem endingOn(LocalDate lastDay) {
        return new FeeItem(id, communityId, code, name, kind, unitUse, unitPrice, meter, effectiveFrom, lastDay,
                moveInMonths, createdAt);
    }
}
