package com.estate.billing.statement.domain;

import com.estate.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A community's income and expenditure statement for one month (收支情况, infra/BUSINESS-RULES.md §13, Income and
 * expenditure): income from the ledger (money received less money paid back), expenditure by category as finance
 * entered it, what remains, and the month's collection rate (收缴率).
 *
 * @param received   payments booked in the month
 * @param paidBack   refunds and payment reversals booked in the month
 * @param billed     what the month's bills charge (periodic bills of the month, one-off bills issued in it; voided
 *                   bills excluded)
 * @param collected  what of those bills is paid, as of {@code computedAt}
 */
public record Statement(String communityId, String period, Money received, Money paidBack,
        Map<ExpenseCategory, Money> expenditure, Money billed, Money collected, Instant computedAt) {

    public Statement {
        EnumMap<ExpenseCategory, Money> all = new EnumMap<>(ExpenseCategory.class);
        for (ExpenseCategory category : ExpenseCategory.values()) {
            all.put(category, expenditure.getOrDefault(category, Money.zero()));
        }
        expenditure = java.util.Collections.unmodifiableMap(all);
    }

    /** Income: received less paid back. */
    public Money income() {
        return received.minus(paidBack);
    }

    public Money totalExpenditure() {
        return expenditure.values().stream().reduce(Money.zero(), Money::plus);
    }

    /** Income less expenditure (negative: a deficit). */
    public Money surplus() {
        return income().minus(totalExpenditure());
    }

    /**
     * Collected ÷ billed as a percentage, half-up to one decimal (98.5 means 98.5%); null when nothing was billed.
     */
    public BigDecimal collectionRatePercent() {
        if (billed.amount().signum() == 0) {
            return null;
        }
        return collected.amount().multiply(BigDecimal.valueOf(100)).divide(billed.amount(), 1, RoundingMode.HALF_UP);
    }

    /** Sums the expenses by category. */
    public static Map<ExpenseCategory, Money> byCategory(List<Expense> expenses) {
        Map<ExpenseCategory, Money> sums = new EnumMap<>(ExpenseCategory.class);
        expenses.forEach(expense -> sums.merge(expense.category(), expense.amount(), Money::plus));
        return sums;
    }
}
