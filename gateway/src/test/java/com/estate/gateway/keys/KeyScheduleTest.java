package com.estate.gateway.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.estate.gateway.keys.KeySchedule.ScheduledKey;
import com.estate.gateway.keys.KeySchedule.State;
import com.estate.testsupport.TestTokens;

class KeyScheduleTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    /** access-token TTL 15 minutes plus 30 seconds of clock skew */
    private static final Duration LIFETIME = Duration.ofMinutes(15).plusSeconds(30);

    // RSA keys are slow to make: six for the whole class (revoked copies reuse them)
    private static final ScheduledKey first = key("k-first", T0);
    private static final ScheduledKey second = key("k-second", T0.plus(Duration.ofDays(90)));
    private static final ScheduledKey third = key("k-third", second.activatesAt().plus(Duration.ofDays(90)));
    private static final ScheduledKey a = key("k-a", T0);
    private static final ScheduledKey b = key("k-b", T0);
    /** made when {@code second} was revoked a minute after it took over */
    private static final ScheduledKey replacement = key("k-replacement", second.activatesAt().plusSeconds(60));

    private final KeySchedule schedule = new KeySchedule(List.of(second, first), LIFETIME);

    @Test
    void aPendingKeyIsPublishedButDoesNotSign() {
        Instant beforeSwitch = second.activatesAt().minusSeconds(1);

        assertThat(schedule.signing(beforeSwitch)).isEqualTo(first);
        assertThat(schedule.verifying(beforeSwitch)).containsExactly(first, second);
        assertThat(schedule.state(second, beforeSwitch)).isEqualTo(State.PENDING);
        assertThat(schedule.verifiesUntil(first, beforeSwitch)).isEmpty();
    }

    @Test
    void theReplacedKeyVerifiesForOneTokenLifetimeAfterTheSwitchThenExpires() {
        Instant atSwitch = second.activatesAt();
        Instant lastMoment = atSwitch.plus(LIFETIME).minusMillis(1);
        Instant expired = atSwitch.plus(LIFETIME);

        assertThat(schedule.signing(atSwitch)).isEqualTo(second);
        assertThat(schedule.state(first, atSwitch)).isEqualTo(State.RETIRED);
        assertThat(schedule.verifiesUntil(first, atSwitch)).contains(atSwitch.plus(LIFETIME));
        assertThat(schedule.verifying(lastMoment)).containsExactly(first, second);
        assertThat(schedule.expired(lastMoment)).isEmpty();

        assertThat(schedule.state(first, expired)).isEqualTo(State.EXPIRED);
        assertThat(schedule.verifying(expired)).containsExactly(second);
        assertThat(schedule.expired(expired)).containsExactly(first);
    }

    @Test
    void aKeyReplacedTwiceExpiresAfterItsOwnSuccessorTookOver() {
        KeySchedule three = new KeySchedule(List.of(first, third, second), LIFETIME);
        Instant afterThird = third.activatesAt();

        assertThat(three.signing(afterThird)).isEqualTo(third);
        assertThat(three.state(first, afterThird)).isEqualTo(State.EXPIRED);
        assertThat(three.state(second, afterThird)).isEqualTo(State.RETIRED);
    }

    @Test
    void rotationIsDueAfterThePeriodUnlessASuccessorIsAlreadyPending() {
        Duration period = Duration.ofDays(90);
        KeySchedule alone = new KeySchedule(List.of(first), LIFETIME);

        assertThat(alone.rotationDue(T0.plus(period).minusSeconds(1), period)).isFalse();
        assertThat(alone.rotationDue(T0.plus(period), period)).isTrue();
        assertThat(schedule.rotationDue(second.activatesAt().minusSeconds(1), period))
                .as("the successor is already pending").isFalse();
    }

    @Test
    void keysActivatedAtTheSameInstantAreOrderedByKidSoEveryReplicaAgrees() {
        assertThat(new KeySchedule(List.of(a, b), LIFETIME).signing(T0)).isEqualTo(b);
        assertThat(new KeySchedule(List.of(b, a), LIFETIME).signing(T0)).isEqualTo(b);
    }

    @Test
    void aFirstKeyNotYetActiveStillSigns() {
        // a replica whose clock is behind the one that created the key
        assertThat(schedule.signing(T0.minusSeconds(5))).isEqualTo(first);
        assertThat(schedule.state(first, T0.minusSeconds(5))).isEqualTo(State.SIGNING);
    }

    @Test
    void aRevokedSigningKeyNeitherSignsNorVerifiesAndTheKeyBeforeItSignsAgainUntilAReplacementActivates() {
        Instant afterSecond = replacement.activatesAt();
        ScheduledKey revokedSecond = revoked(second, afterSecond);
        KeySchedule revokedSchedule = new KeySchedule(List.of(first, revokedSecond), LIFETIME);

        assertThat(revokedSchedule.state(revokedSecond, afterSecond)).isEqualTo(State.REVOKED);
        assertThat(revokedSchedule.verifying(afterSecond)).containsExactly(first);
        assertThat(revokedSchedule.verifyingPublicKeys(afterSecond)).extracting(key -> key.getKeyID())
                .containsExactly("k-first");
        assertThat(revokedSchedule.signing(afterSecond)).as("the revoked key does not count as first's successor")
                .isEqualTo(first);
        assertThat(revokedSchedule.verifiesUntil(revokedSecond, afterSecond)).isEmpty();
        assertThat(revokedSchedule.expired(afterSecond)).as("revoked keys are not deleted as expired").isEmpty();
        assertThat(revokedSchedule.revoked("k-second")).isTrue();
        assertThat(revokedSchedule.revoked("k-first")).isFalse();

        KeySchedule replaced = new KeySchedule(List.of(first, revokedSecond, replacement), LIFETIME);
        assertThat(replaced.signing(afterSecond)).isEqualTo(replacement);
        assertThat(replaced.state(first, afterSecond)).isEqualTo(State.RETIRED);
        assertThat(replaced.state(revokedSecond, afterSecond)).isEqualTo(State.REVOKED);
    }

    @Test
    void aRevokedPendingKeyNeverTakesOverAndDoesNotHoldBackTheNextRotation() {
        Duration period = Duration.ofDays(30);
        Instant revokedAt = second.activatesAt().minusSeconds(30);
        KeySchedule revokedSuccessor = new KeySchedule(List.of(first, revoked(second, revokedAt)), LIFETIME);
        Instant afterActivation = second.activatesAt().plusSeconds(1);

        assertThat(revokedSuccessor.signing(afterActivation)).isEqualTo(first);
        assertThat(revokedSuccessor.state(first, afterActivation)).isEqualTo(State.SIGNING);
        assertThat(schedule.rotationDue(revokedAt, period)).as("the successor is pending").isFalse();
        assertThat(revokedSuccessor.rotationDue(revokedAt, period)).as("a revoked successor is no successor")
                .isTrue();
    }

    @Test
    void revokedKeysAreKeptUntilTheirRetentionEndsAndAScheduleOfRevokedKeysAloneIsRefused() {
        Instant revokedAt = T0.plusSeconds(10);
        ScheduledKey revokedFirst = revoked(first, revokedAt);
        KeySchedule schedule = new KeySchedule(List.of(revokedFirst, second), LIFETIME);

        assertThat(schedule.revokedBefore(revokedAt)).isEmpty();
        assertThat(schedule.revokedBefore(revokedAt.plusMillis(1))).containsExactly(revokedFirst);
        assertThat(schedule.keys()).containsExactly(revokedFirst, second);
        assertThatThrownBy(() -> new KeySchedule(List.of(revokedFirst), LIFETIME))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ScheduledKey revoked(ScheduledKey key, Instant revokedAt) {
        return new ScheduledKey(key.key(), key.activatesAt(), revokedAt);
    }

    private static ScheduledKey key(String kid, Instant activatesAt) {
        return new ScheduledKey(TestTokens.newRsaKey(kid), activatesAt);
    }
}
