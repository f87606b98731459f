package com.estate.workorder.quote;

import com.estate.platform.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The price of a paid repair, from the community's price list (labour and materials), which the resident accepts or
 * declines before work starts (infra/BUSINESS-RULES.md §14.2). A new quote replaces a declined one.
 */
public record Quote(List<QuoteLine> lines, Money total, QuoteStatus status, String proposedBy, Instant proposedAt,
        String decidedBy, Instant decidedAt) {

    public Quote {
        lines = List.copyOf(lines);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(status, "status");
    }

    /** A new quote over the lines; the total is their sum. */
    public static Quote propose(List<QuoteLine> lines, String by, Instant at) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a quote needs at least one line");
        }
        Money total = lines.stream().map(QuoteLine::amount).reduce(Money::plus).orElseThrow();
        return new Quote(lines, total, QuoteStatus.PROPOSED, by, at, null, null);
    }

    public Quote decided(QuoteStatus decision, String by, Instant at) {
        return new Quote(lines, total, decision, proposedBy, proposedAt, by, at);
    }

    public boolean isAccepted() {
        return status == QuoteStatus.ACCEPTED;
    }
}
