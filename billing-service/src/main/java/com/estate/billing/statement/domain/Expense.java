package com.estate.billing.statement.domain;

import com.estate.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One expense finance entered for a community's statement.
 *
 * @param period the statement month it belongs to, {@code 2026-11}
 */
public record Expense(String id, String communityId, String period, ExpenseCategory category, Money amount,
        String description, LocalDate spentOn, String enteredBy, Instant enteredAt) {

    public Expense {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        YearMonth.parse(Objects.requireNonNull(period, "period"));
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amount, "amount");
        if (amount.amount().signum() <= 0) {
            throw new IllegalArgumentException("an expense is more than zero: " + amount.toPlainString());
        }
    }
}
