package com.estate.resident.gatepass.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.platform.problem.BusinessRuleException;
import com.estate.platform.problem.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When the gate lets a pass through, counted in the community's time zone, and what its code looks like. */
class GatePassTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private static GatePass pass(PassKind kind, LocalDate from, LocalDate until) {
        return GatePass.issue("p1", kind, "c1", "u1", new PassSource("release", "r1"), "张师傅", from, until,
                SHANGHAI, Instant.parse("2026-11-30T02:00:00Z"), "agent");
    }

    private static GatePass used(GatePass pass) {
        return new GatePass(pass.id(), pass.code(), pass.kind(), pass.communityId(), pass.unitId(), pass.source(),
                pass.holder(), pass.validFrom(), pass.validUntil(), pass.zone(), pass.issuedAt(), pass.issuedBy(),
                Instant.parse("2026-12-01T03:00:00Z"), "guard", null, null, null);
    }

    @Test
    void anItemPassIsValidOnItsDayInTheCommunitysTimeZoneOnly() {
        GatePass pass = pass(PassKind.ITEM, DAY, DAY);
        // 2026-12-01 00:30 in Shanghai is still 30 November in UTC
        assertThat(pass.refusalAt(Instant.parse("2026-11-30T16:30:00Z"))).isEmpty();
        assertThat(pass.refusalAt(Instant.parse("2026-11-30T15:59:59Z"))).contains(Refusal.NOT_YET_VALID);
        assertThat(pass.refusalAt(Instant.parse("2026-12-01T15:59:59Z"))).isEmpty();
        // 1 December 16:00 UTC is 2 December in Shanghai
        assertThat(pass.refusalAt(Instant.parse("2026-12-01T16:00:00Z"))).contains(Refusal.EXPIRED);
    }

    @Test
    void anItemPassIsUsedOnceAWorkerPassEveryDayOfItsDates() {
        Instant during = Instant.parse("2026-12-01T04:00:00Z");
        assertThat(used(pass(PassKind.ITEM, DAY, DAY)).refusalAt(during)).contains(Refusal.USED);
        GatePass worker = used(pass(PassKind.WORKER, DAY, DAY.plusDays(9)));
        assertThat(worker.refusalAt(during)).isEmpty();
        assertThat(worker.refusalAt(Instant.parse("2026-12-10T04:00:00Z"))).isEmpty();
        assertThat(worker.refusalAt(Instant.parse("2026-12-11T04:00:00Z"))).contains(Refusal.EXPIRED);
    }

    @Test
    void aRevokedPassIsRefusedAsRevokedBeforeAnythingElseAndOnlyOnce() {
        GatePass revoked = used(pass(PassKind.ITEM, DAY, DAY)).revoke("agent", "lost", Instant.now());
        assertThat(revoked.refusalAt(Instant.parse("2026-12-05T04:00:00Z"))).contains(Refusal.REVOKED);
        assertThat(revoked.statusAt(Instant.parse("2026-12-01T04:00:00Z"))).isEqualTo("REVOKED");
        assertThatThrownBy(() -> revoked.revoke("agent", "again", Instant.now()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("gate-pass-revoked"));
    }

    @Test
    void aPassCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> pass(PassKind.WORKER, DAY, DAY.minusDays(1)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.code()).isEqualTo("pass-dates"));
    }

    @Test
    void codesAreUrlSafe192BitSecretsFoundBehindTheQrPrefixToo() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = PassCodes.newCode();
            assertThat(code).matches("[A-Za-z0-9_-]{32}"); // 24 random bytes
            codes.add(code);
        }
        assertThat(codes).hasSize(1000);
        GatePass pass = pass(PassKind.ITEM, DAY, DAY);
        assertThat(pass.qrPayload()).isEqualTo("ESTATE-PASS:1:" + pass.code());
        assertThat(PassCodes.fromPresented(" " + pass.qrPayload() + "\n")).isEqualTo(pass.code());
        assertThat(PassCodes.fromPresented(pass.code())).isEqualTo(pass.code());
        assertThat(PassCodes.fromPresented("ESTATE-PASS:1:short")).isNull();
        assertThat(PassCodes.fromPresented("{\"$ne\":null}")).isNull();
    }
}
