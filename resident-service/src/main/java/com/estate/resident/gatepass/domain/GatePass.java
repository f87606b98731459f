package com.estate.resident.gatepass.domain;

import com.estate.platform.problem.BusinessRuleException;
import com.estate.platform.problem.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A pass the gate checks: for goods ({@link PassKind#ITEM}, once) or a renovation worker ({@link PassKind#WORKER},
 * every day of its dates). Its dates are days in the community's time zone, kept on the pass, so "valid today"
 * means the community's today wherever the server runs.
 *
 * @param unitId null for a shop's or company's goods
 * @param holder whom the pass names: the carrier of the goods, or the worker
 */
public record GatePass(String id, String code, PassKind kind, String communityId, String unitId, PassSource source,
        String holder, LocalDate validFrom, LocalDate validUntil, ZoneId zone, Instant issuedAt, String issuedBy,
        Instant usedAt, String usedBy, Instant revokedAt, String revokedBy, String revocationReason) {

    public GatePass {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    /** A new pass with a fresh code. */
    public static GatePass issue(String id, PassKind kind, String communityId, String unitId, PassSource source,
            String holder, LocalDate validFrom, LocalDate validUntil, ZoneId zone, Instant now, String issuedBy) {
        if (validUntil.isBefore(validFrom)) {
            throw new BusinessRuleException("pass-dates", "a pass cannot end before it starts", validFrom, validUntil);
        }
        return new GatePass(id, PassCodes.newCode(), kind, communityId, unitId, source, holder, validFrom, validUntil,
                zone, now, issuedBy, null, null, null, null, null);
    }

    public String qrPayload() {
        return PassCodes.qrPayload(code);
    }

    /** Why the gate refuses the pass at {@code now}; empty when it lets it through. */
    public Optional<Refusal> refusalAt(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        if (revokedAt != null) {
            return Optional.of(Refusal.REVOKED);
        }
        if (kind.singleUse() && usedAt != null) {
            return Optional.of(Refusal.USED);
        }
        if (today.isAfter(validUntil)) {
            return Optional.of(Refusal.EXPIRED);
        }
        if (today.isBefore(validFrom)) {
            return Optional.of(Refusal.NOT_YET_VALID);
        }
        return Optional.empty();
    }

    /** What a holder or the desk sees: the first reason the gate would give, or VALID. */
    public String statusAt(Instant now) {
        return refusalAt(now).map(Enum::name).orElse("VALID");
    }

    public GatePass revoke(String by, String reason, Instant now) {
        if (revokedAt != null) {
            throw new ConflictException("gate-pass-revoked", "the pass is already revoked", id);
        }
        return new GatePass(id, code, kind, communityId, unitId, source, holder, validFrom, validUntil, zone,
                issuedAt, issuedBy, usedAt, usedBy, now, by, reason);
    }
}
