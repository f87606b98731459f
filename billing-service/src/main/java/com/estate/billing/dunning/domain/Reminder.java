package com.estate.billing.dunning.domain;

import com.estate.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The stage-2 notice: what the household was told (amount, periods, deadline) and when. Stage 3 is counted from
 * {@code at}.
 */
public record Reminder(ContactChannel channel, Money amount, List<String> periods, LocalDate deadline,
        Instant at) {

    public Reminder {
        periods = List.copyOf(periods);
    }
}
