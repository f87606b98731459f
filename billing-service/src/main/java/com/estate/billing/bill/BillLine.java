package com.estate.billing.bill;

import com.estate.platform.money.Money;
import java.util.Objects;

/**
 * One line of a bill.
 *
 * @param item        the fee item code (from the community's schedule) or a one-off charge's item code
 * @param description what the resident reads, with the quantities that made the amount
 * @param amount      already rounded to the fen (Fen); may be negative only for a credit line
 * @param chargeId    the one-off charge this line bills, or null for a line priced from the schedule
 */
public record BillLine(String item, String description, Money amount, String chargeId) {

    public BillLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(amount, "amount");
    }
}
