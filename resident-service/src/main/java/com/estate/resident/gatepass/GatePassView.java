package com.estate.resident.gatepass;

import com.estate.resident.gatepass.domain.GatePass;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A pass as its holder and the desk see it (the answer of every feature that shows passes: item release, renovation), with the code and the QR payload to show at the gate.
 *
 * @param status VALID, or why the gate would refuse it now (USED, REVOKED, EXPIRED, NOT_YET_VALID)
 */
public record GatePassView(String id, String kind, String communityId, String unitId, Source source,
        String holder, LocalDate validFrom, LocalDate validUntil, String timeZone, String code, String qrPayload,
        String status, Instant issuedAt, Instant usedAt, Instant revokedAt, String revocationReason) {

    public record Source(String kind, String id) {
    }

    public static GatePassView of(GatePass pass, Instant now) {
        return new GatePassView(pass.id(), pass.kind().name(), pass.communityId(), pass.unitId(),
                new Source(pass.source().kind(), pass.source().id()), pass.holder(), pass.validFrom(),
                pass.validUntil(), pass.zone().getId(), pass.code(), pass.qrPayload(), pass.statusAt(now),
                pass.issuedAt(), pass.usedAt(), pass.revokedAt(), pass.revocationReason());
    }
}
