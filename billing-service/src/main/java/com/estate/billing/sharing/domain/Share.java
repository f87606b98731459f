package com.estate.billing.sharing.domain;

import com.estate.platform.money.Money;

/** What one unit pays of a shared cost. */
public record Share(String unitId, Money amount) {
}
