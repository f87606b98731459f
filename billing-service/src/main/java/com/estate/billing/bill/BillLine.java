package com.estate.billing.bill;

import com.estate.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a bill.
 *
 * @param item        the fee item code (from the community's schedule) or a one-off charge's item code
 * @param description what the resident reads, with the quantities that made the amount
 * @param amount      already rounded to the fen (Fen); may be negative only for a credit line
 * @param chargeId    the one-off charge this line bills, or null for a line priced from the schedule
 * @param metered     the readings a metered line bills (infra/BUSINESS-RULES.md §16), or null for any other line
 */
public record BillLine(String item, String description, Money amount, String chargeId, Metered metered) {

    public BillLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(amount, "amount");
    }

    public BillLine(String item, String description, Money amount, String chargeId) {
        this(item, description, amount, chargeId, null);
    }

    /**
     * What a metered line bills: {@code quantity} = {@code toReading} − {@code fromReading} of one meter, at
     * {@code unitPrice} per unit read. The next bill of the unit starts from {@code toReading}.
     */
    public record Metered(String meter, BigDecimal fromReading, LocalDate fromReadOn, BigDecimal toReading,
            LocalDate toReadOn, BigDecimal quantity, BigDecimal unitPrice) {

        public Metered {
            Objects.requireNonNull(meter, "meter");
            Objects.requireNonNull(fromReading, "fromReading");
            Objects.requireNonNull(toReading, "toReading");
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(unitPrice, "unitPrice");
        }
    }
}
