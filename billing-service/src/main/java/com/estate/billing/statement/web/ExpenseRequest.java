package com.estate.billing.statement.web;

import com.estate.billing.statement.Statements;
import com.estate.billing.statement.domain.ExpenseCategory;
import com.estate.platform.money.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * An expense for a community's statement of {@code period} ({@code 2026-11}).
 *
 * @param amount yuan, two places, more than zero
 */
record ExpenseRequest(@NotBlank String communityId, @NotNull @Pattern(regexp = StatementController.MONTH) String period,
        @NotNull ExpenseCategory category, @NotNull @Pattern(regexp = "^(0\\.(0[1-9]|[1-9][0-9])|[1-9][0-9]{0,9}\\.[0-9]{2})$")
        String amount, @NotBlank @Size(max = 500) String description, LocalDate spentOn) {

    Statements.ExpenseEntry entry() {
        return new Statements.ExpenseEntry(communityId, YearMonth.parse(period), category, Money.yuan(amount),
                description.strip(), spentOn);
    }
}
