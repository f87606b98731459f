package com.estate.billing.dunning.domain;

import com.estate.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The stage-3 formal dunning letter (催缴函): what it demands, generated when the stage is reached, and its express
 * mail dispatch once staff record the courier's tracking number.
 */
public record Letter(String letterNumber, Money amount, List<String> periods, LocalDate deadline,
        Instant generatedAt, String courier, String trackingNumber, Instant dispatchedAt, String dispatchedBy) {

    public Letter {
        periods = List.copyOf(periods);
    }

    public boolean dispatched() {
        return trackingNumber != null;
    }

    Letter dispatched(String courierName, String tracking, String by, Instant at) {
        return new Letter(letterNumber, amount, periods, deadline, generatedAt, courierName, tracking, at, by);
    }
}
