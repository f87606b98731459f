package com.estate.resident.renovation.web;

import com.estate.platform.money.Money;
import com.estate.resident.renovation.domain.RenovationRules;
import com.estate.resident.renovation.domain.WasteFeeRule;
import com.estate.resident.renovation.domain.WorkingWindow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * A community's renovation rules on the wire, both ways: working hours as windows of days and times
 * ({@code "08:00"} to {@code "12:00"}, the end exclusive), prohibitions as text, the waste-removal fee as a
 * decimal string per renovation or per square metre.
 */
record RulesBody(
        @NotEmpty @Size(max = 20) List<@Valid @NotNull Window> workingHours,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 200) String> prohibitions,
        @NotNull @Valid WasteFee wasteFee) {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    record Window(@NotEmpty Set<@NotNull DayOfWeek> days, @NotNull LocalTime from, @NotNull LocalTime to) {

        @AssertTrue(message = "{problem.validation.field.working-window}")
        boolean isOrdered() {
            return from == null || to == null || from.isBefore(to);
        }

    }

    record WasteFee(@NotNull WasteFeeRule.Basis basis,
            @NotNull @DecimalMin("0.00") @DecimalMax("100000.00") @Digits(integer = 6, fraction = 2) BigDecimal amount,
            String currency) {
    }

    RenovationRules rules() {
        return new RenovationRules(
                workingHours.stream().map(w -> new WorkingWindow(w.days(), w.from(), w.to())).toList(),
                prohibitions.stream().map(String::strip).toList(),
                new WasteFeeRule(wasteFee.basis(), new Money(wasteFee.amount(), Money.CNY)));
    }

    static RulesView of(RenovationRules rules) {
        return new RulesView(
                rules.workingHours().stream().map(w -> new RulesView.Window(w.days().stream().sorted().toList(),
                        w.from().format(HOURS), w.to().format(HOURS))).toList(),
                rules.prohibitions(),
                new RulesView.Fee(rules.wasteFee().basis().name(), rules.wasteFee().amount().toPlainString(),
                        rules.wasteFee().amount().currency()));
    }

    /** The rules as answered: times as {@code HH:mm}, the amount as a decimal string with its currency. */
    record RulesView(List<Window> workingHours, List<String> prohibitions, Fee wasteFee) {

        record Window(List<DayOfWeek> days, String from, String to) {
        }

        record Fee(String basis, String amount, String currency) {
        }
    }
}
