package com.estate.resident.gatepass;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The gate's answer, as every gate check endpoint gives it: ACCEPTED, or REFUSED with the reason. The pass is described (never its code) when the code
 * named one of the guard's community, so the guard can compare the holder and the dates.
 */
public record GateAnswer(String checkId, String result, String reason, Instant checkedAt,
        CheckedPass pass) {

    public record CheckedPass(String id, String kind, String unitId, String holder, LocalDate validFrom,
            LocalDate validUntil, GatePassView.Source source) {
    }

    public static GateAnswer of(GatePassCheck check) {
        var pass = check.pass();
        return new GateAnswer(check.checkId(), check.accepted() ? "ACCEPTED" : "REFUSED",
                check.accepted() ? null : check.reason().name(), check.checkedAt(),
                pass == null ? null : new CheckedPass(pass.id(), pass.kind().name(), pass.unitId(), pass.holder(),
                        pass.validFrom(), pass.validUntil(),
                        new GatePassView.Source(pass.source().kind(), pass.source().id())));
    }
}
