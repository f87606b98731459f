package com.estate.billing.charge;

import com.estate.platform.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A one-off charge another service asked for (waste removal, a paid repair, a convenience service), waiting for the
 * unit's next bill. Keyed by the requester's deterministic {@code chargeId}: the same charge is recorded once.
 *
 * @param billId the bill that took it (claimed before that bill is written, so a re-run puts it on the same bill);
 *               null while pending
 */
public record PendingCharge(String chargeId, String accountId, String unitId, String communityId, String itemCode,
        Money amount, String reason, String sourceKind, String sourceId, List<Line> lines, Instant requestedAt,
        String billId) {

    public PendingCharge {
        Objects.requireNonNull(chargeId, "chargeId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(amount, "amount");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public record Line(String description, String amount) {
    }
}
