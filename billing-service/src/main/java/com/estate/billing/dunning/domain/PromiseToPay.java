package com.estate.billing.dunning.domain;

import com.estate.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The household's promise to pay by a date: the case goes to no further stage until that date has passed.
 *
 * @param amount what they promised, when they named an amount (empty: everything overdue)
 */
public record PromiseToPay(LocalDate payBy, Money amount, String note, String recordedBy, Instant at) {

    public PromiseToPay {
        Objects.requireNonNull(payBy, "payBy");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(at, "at");
    }

    /** Still holding on {@code today}: the promised day has not passed yet (it holds on the day itself). */
    public boolean holdsOn(LocalDate today) {
        return !today.isAfter(payBy);
    }
}
