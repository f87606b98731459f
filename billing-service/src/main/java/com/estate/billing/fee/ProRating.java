package com.estate.billing.fee;

import com.estate.billing.ledger.Fen;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * How much of a month's fee a unit owes (infra/BUSINESS-RULES.md §11): by days, from the first billable day, with
 * days in custody at {@link #CUSTODY_RATE} of the property management fee. Exact; rounding is the line's ({@link Fen}).
 */
public final class ProRating {

    /** The property management fee during custody (托管): 70%. */
    public static final BigDecimal CUSTODY_RATE = new BigDecimal("0.70");

    private ProRating() {
    }

    /**
     * The days of one month that are billed.
     *
     * @param normalDays  billed at the full rate
     * @param custodyDays billed at the custody rate (property fee only; other monthly items bill them in full)
     */
    public record MonthShare(YearMonth month, int normalDays, int custodyDays) {

        public int billedDays() {
            return normalDays + custodyDays;
        }

        /** A monthly price × this month's share: billed days ÷ days in the month. */
        public BigDecimal full(BigDecimal monthlyPrice) {
            return share(monthlyPrice, billedDays());
        }

        /** The property fee's share: normal days in full, custody days at the custody rate. */
        public BigDecimal normalPart(BigDecimal monthlyPrice) {
            return share(monthlyPrice, normalDays);
        }

        public BigDecimal custodyPart(BigDecimal monthlyPrice) {
            return share(monthlyPrice.multiply(CUSTODY_RATE), custodyDays);
        }

        private BigDecimal share(BigDecimal monthlyPrice, int days) {
            return monthlyPrice.multiply(BigDecimal.valueOf(days))
                    .divide(BigDecimal.valueOf(month.lengthOfMonth()), Fen.EXACT);
        }
    }

    /**
     * The months of {@code from..to} (whole months) with their billed days: none before {@code billableFrom}.
     *
     * @param inCustody whether the unit is in custody on a day
     */
    public static List<MonthShare> shares(LocalDate from, LocalDate to, LocalDate billableFrom,
            Predicate<LocalDate> inCustody) {
        List<MonthShare> shares = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.atDay(1).isAfter(to); month = month.plusMonths(1)) {
            int normal = 0;
            int custody = 0;
            LocalDate first = month.atDay(1).isBefore(billableFrom) ? billableFrom : month.atDay(1);
            LocalDate last = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                if (inCustody.test(day)) {
                    custody++;
                } else {
                    normal++;
                }
            }
            shares.add(new MonthShare(month, normal, custody));
        }
        return shares;
    }
}
