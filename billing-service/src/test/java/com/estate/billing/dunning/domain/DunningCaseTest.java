package com.estate.billing.dunning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.platform.money.Money;
import com.estate.platform.problem.BusinessRuleException;
import com.estate.platform.problem.ConflictException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every stage of dunning and its timing, on a fixed clock in the business time zone. */
class DunningCaseTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final DunningTimings TIMINGS = DunningTimings.standard();
    static final Money OWED = Money.yuan("912.40");

    /** 10:00 in Shanghai on the day. */
    static Clock at(LocalDate day) {
        return Clock.fixed(ZonedDateTime.of(day.atTime(10, 0), SHANGHAI).toInstant(), SHANGHAI);
    }

    static Instant instant(LocalDate day) {
        return at(day).instant();
    }

    static final LocalDate LISTED_ON = LocalDate.of(2026, 3, 2);

    static DunningCase listed() {
        return DunningCase.list("dc-1", "fa-u1", "u1", "c1", OWED, LocalDate.of(2026, 2, 15), instant(LISTED_ON));
    }

    static Reminder reminder(ContactChannel channel, LocalDate on) {
        return new Reminder(channel, OWED, List.of("2026-01", "2026-02"), on.plus(TIMINGS.paymentDeadline()),
                instant(on));
    }

    static Letter letter(LocalDate on) {
        return new Letter("L-1", OWED, List.of("2026-01", "2026-02"), on.plusDays(15), instant(on), null, null, null,
                null);
    }

    static Contact call(ContactOutcome outcome, LocalDate on) {
        return new Contact("call-" + on, ContactChannel.PHONE, outcome, "rang the owner", "agent-1", instant(on));
    }

    @Test
    void stage1ListsTheArrearsAndRecordsTheReasonForNonPayment() {
        DunningCase dunning = listed();
        assertThat(dunning.stage()).isEqualTo(DunningStage.LISTED);
        assertThat(dunning.stage().number()).isEqualTo(1);
        assertThat(dunning.isOpen()).isTrue();
        assertThat(dunning.history()).containsExactly(new StageChange(null, DunningStage.LISTED,
                StageChange.Trigger.SCHEDULE, OWED, DunningCase.SYSTEM, instant(LISTED_ON)));

        dunning.recordReason(new NonPaymentReason("SERVICE_DISPUTE", "says the lift is often broken", "agent-1",
                instant(LISTED_ON)));
        assertThat(dunning.reason().category()).isEqualTo("SERVICE_DISPUTE");
    }

    @Test
    void stage2ByAPhoneCallThatReachedTheHouseholdNotByOneThatDidNot() {
        DunningCase dunning = listed();
        LocalDate day = LISTED_ON.plusDays(2);
        assertThat(dunning.recordContact(call(ContactOutcome.NO_ANSWER, day), reminder(ContactChannel.PHONE, day)))
                .isEmpty();
        assertThat(dunning.stage()).isEqualTo(DunningStage.LISTED);

        var change = dunning.recordContact(call(ContactOutcome.REACHED_WILL_PAY, day.plusDays(1)),
                reminder(ContactChannel.PHONE, day.plusDays(1)));
        assertThat(change).map(StageChange::to).contains(DunningStage.REMINDED);
        assertThat(change.get().trigger()).isEqualTo(StageChange.Trigger.STAFF);
        assertThat(change.get().by()).isEqualTo("agent-1");
        assertThat(dunning.reminder().deadline()).isEqualTo(day.plusDays(1).plusDays(15));
        assertThat(dunning.contacts()).hasSize(2);

        // later calls are recorded; they do not restart the three months
        assertThat(dunning.recordContact(call(ContactOutcome.REACHED_REFUSED, day.plusDays(20)),
                reminder(ContactChannel.PHONE, day.plusDays(20)))).isEmpty();
        assertThat(dunning.reminder().at()).isEqualTo(instant(day.plusDays(1)));
    }

    @Test
    void stage2ByTheScannersSmsWhenStaffHaveNotRemindedWithinAWeek() {
        DunningCase dunning = listed();
        assertThat(dunning.dueStage(LISTED_ON.plusDays(6), false, TIMINGS)).isEmpty();
        assertThat(dunning.dueStage(LISTED_ON.plusDays(7), false, TIMINGS)).contains(DunningStage.REMINDED);
        dunning.advance(DunningStage.REMINDED, reminder(ContactChannel.SMS, LISTED_ON.plusDays(7)), null,
                StageChange.Trigger.SCHEDULE, DunningCase.SYSTEM, instant(LISTED_ON.plusDays(7)));
        assertThat(dunning.stage()).isEqualTo(DunningStage.REMINDED);
        assertThat(dunning.reminder().channel()).isEqualTo(ContactChannel.SMS);
    }

    @Test
    void stage3ComesThreeCalendarMonthsAfterTheNoticeNotADayEarlier() {
        DunningCase dunning = listed();
        LocalDate noticeDay = LocalDate.of(2026, 3, 31);
        dunning.recordContact(call(ContactOutcome.REACHED_OTHER, noticeDay), reminder(ContactChannel.PHONE,
                noticeDay));
        // 31 March + 3 months = 30 June (no 31 June)
        assertThat(dunning.dueStage(LocalDate.of(2026, 6, 29), false, TIMINGS)).isEmpty();
        assertThat(dunning.dueStage(LocalDate.of(2026, 6, 30), false, TIMINGS)).contains(DunningStage.LETTER_SENT);

        dunning.advance(DunningStage.LETTER_SENT, null, letter(LocalDate.of(2026, 6, 30)),
                StageChange.Trigger.SCHEDULE, DunningCase.SYSTEM, instant(LocalDate.of(2026, 6, 30)));
        assertThat(dunning.stage()).isEqualTo(DunningStage.LETTER_SENT);
        assertThat(dunning.letter().dispatched()).isFalse();

        dunning.recordLetterDispatch("EMS", "EA123456789CN", "agent-1", instant(LocalDate.of(2026, 7, 1)));
        assertThat(dunning.letter().trackingNumber()).isEqualTo("EA123456789CN");
        assertThat(dunning.letter().courier()).isEqualTo("EMS");
        // recording the same dispatch again is harmless; another tracking number is a conflict
        dunning.recordLetterDispatch("EMS", "EA123456789CN", "agent-1", instant(LocalDate.of(2026, 7, 1)));
        assertThatThrownBy(() -> dunning.recordLetterDispatch("EMS", "EA000000000CN", "agent-1",
                instant(LocalDate.of(2026, 7, 2)))).isInstanceOf(ConflictException.class);
    }

    @Test
    void theNoticeCountsInTheBusinessTimeZone() {
        DunningCase dunning = listed();
        // 23:30 on 31 March in Shanghai is still 31 March there (15:30 UTC)
        Instant lateEvening = ZonedDateTime.of(2026, 3, 31, 23, 30, 0, 0, SHANGHAI).toInstant();
        dunning.recordContact(new Contact("c", ContactChannel.SMS, ContactOutcome.SENT, null, "agent-1",
                lateEvening), new Reminder(ContactChannel.SMS, OWED, List.of(), LocalDate.of(2026, 4, 15),
                lateEvening));
        assertThat(dunning.dueStage(LocalDate.of(2026, 6, 30), false, TIMINGS)).contains(DunningStage.LETTER_SENT);
    }

    private static DunningCase atLetter(LocalDate letterDay) {
        DunningCase dunning = listed();
        dunning.recordContact(call(ContactOutcome.REACHED_REFUSED, LISTED_ON), reminder(ContactChannel.PHONE,
                LISTED_ON));
        dunning.advance(DunningStage.LETTER_SENT, null, letter(letterDay), StageChange.Trigger.SCHEDULE,
                DunningCase.SYSTEM, instant(letterDay));
        return dunning;
    }

    @Test
    void stage4AMonthAfterTheLetterForAnOwnerWhoLivesThere() {
        LocalDate letterDay = LocalDate.of(2026, 6, 2);
        DunningCase dunning = atLetter(letterDay);
        assertThat(dunning.dueStage(LocalDate.of(2026, 7, 1), true, TIMINGS)).isEmpty();
        assertThat(dunning.dueStage(LocalDate.of(2026, 7, 2), true, TIMINGS)).contains(DunningStage.HOME_VISIT);
        dunning.advance(DunningStage.HOME_VISIT, null, null, StageChange.Trigger.SCHEDULE, DunningCase.SYSTEM,
                instant(LocalDate.of(2026, 7, 2)));
        dunning.recordHomeVisit(new StageRecord("owner at home, refuses", null, "agent-2",
                instant(LocalDate.of(2026, 7, 5))));
        assertThat(dunning.homeVisit().outcome()).isEqualTo("owner at home, refuses");

        // stage 5 a month after the visit became due
        assertThat(dunning.dueStage(LocalDate.of(2026, 8, 1), true, TIMINGS)).isEmpty();
        assertThat(dunning.dueStage(LocalDate.of(2026, 8, 2), true, TIMINGS)).contains(DunningStage.LEGAL_REFERRAL);
        dunning.advance(DunningStage.LEGAL_REFERRAL, null, null, StageChange.Trigger.SCHEDULE, DunningCase.SYSTEM,
                instant(LocalDate.of(2026, 8, 2)));
        dunning.recordLegalReferral(new StageRecord("handed to the law firm", "LF-2026-17", "finance-1",
                instant(LocalDate.of(2026, 8, 3))));
        assertThat(dunning.stage().number()).isEqualTo(5);
        assertThat(dunning.dueStage(LocalDate.of(2027, 8, 3), true, TIMINGS)).as("the last stage").isEmpty();
        assertThat(dunning.history()).extracting(StageChange::to).containsExactly(DunningStage.LISTED,
                DunningStage.REMINDED, DunningStage.LETTER_SENT, DunningStage.HOME_VISIT, DunningStage.LEGAL_REFERRAL);
    }

    @Test
    void stage5TwoMonthsAfterTheLetterWithoutAVisitWhenTheOwnerDoesNotLiveThere() {
        LocalDate letterDay = LocalDate.of(2026, 6, 2);
        DunningCase dunning = atLetter(letterDay);
        assertThat(dunning.dueStage(LocalDate.of(2026, 7, 2), false, TIMINGS)).isEmpty();
        assertThat(dunning.dueStage(LocalDate.of(2026, 8, 2), false, TIMINGS)).contains(DunningStage.LEGAL_REFERRAL);
        dunning.advance(DunningStage.LEGAL_REFERRAL, null, null, StageChange.Trigger.SCHEDULE, DunningCase.SYSTEM,
                instant(LocalDate.of(2026, 8, 2)));
        assertThat(dunning.stage()).isEqualTo(DunningStage.LEGAL_REFERRAL);
        assertThatThrownBy(() -> dunning.recordHomeVisit(new StageRecord("x", null, "a", instant(letterDay))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void stagesAreNeverSkippedNorRepeated() {
        DunningCase dunning = listed();
        assertThatThrownBy(() -> dunning.advance(DunningStage.LETTER_SENT, null, letter(LISTED_ON),
                StageChange.Trigger.STAFF, "a", instant(LISTED_ON))).isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "dunning-stage");
        assertThatThrownBy(() -> dunning.advance(DunningStage.LEGAL_REFERRAL, null, null, StageChange.Trigger.STAFF,
                "a", instant(LISTED_ON))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> dunning.recordLetterDispatch("EMS", "X", "a", instant(LISTED_ON)))
                .isInstanceOf(BusinessRuleException.class);
        dunning.advance(DunningStage.REMINDED, reminder(ContactChannel.SMS, LISTED_ON), null,
                StageChange.Trigger.SCHEDULE, "system", instant(LISTED_ON));
        assertThatThrownBy(() -> dunning.advance(DunningStage.REMINDED, reminder(ContactChannel.SMS, LISTED_ON),
                null, StageChange.Trigger.SCHEDULE, "system", instant(LISTED_ON)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aPromiseToPayHoldsTheNextStageUntilItsDayHasPassed() {
        DunningCase dunning = listed();
        LocalDate noticeDay = LocalDate.of(2026, 3, 10);
        dunning.recordContact(call(ContactOutcome.REACHED_WILL_PAY, noticeDay),
                reminder(ContactChannel.PHONE, noticeDay));
        LocalDate letterDue = LocalDate.of(2026, 6, 10);
        LocalDate promised = LocalDate.of(2026, 6, 20);
        dunning.promise(new PromiseToPay(promised, null, "pays after the bonus", "agent-1",
                instant(LocalDate.of(2026, 6, 1))), LocalDate.of(2026, 6, 1), TIMINGS);

        assertThat(dunning.dueStage(letterDue, false, TIMINGS)).isEmpty();
        assertThat(dunning.dueStage(promised, false, TIMINGS)).as("it holds on the promised day").isEmpty();
        assertThat(dunning.dueStage(promised.plusDays(1), false, TIMINGS)).contains(DunningStage.LETTER_SENT);
        assertThat(dunning.promiseHolds(promised)).isTrue();
        assertThat(dunning.latestPromise().map(PromiseToPay::payBy)).contains(promised);
    }

    @Test
    void aPromiseIsForADayFromTodayToNinetyDaysAhead() {
        DunningCase dunning = listed();
        assertThatThrownBy(() -> dunning.promise(new PromiseToPay(LISTED_ON.minusDays(1), null, null, "a",
                instant(LISTED_ON)), LISTED_ON, TIMINGS)).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("code", "dunning-promise-date");
        assertThatThrownBy(() -> dunning.promise(new PromiseToPay(LISTED_ON.plusDays(91), null, null, "a",
                instant(LISTED_ON)), LISTED_ON, TIMINGS)).isInstanceOf(BusinessRuleException.class);
        dunning.promise(new PromiseToPay(LISTED_ON.plusDays(90), Money.yuan("100.00"), null, "a",
                instant(LISTED_ON)), LISTED_ON, TIMINGS);
        assertThat(dunning.promises()).hasSize(1);
    }

    @Test
    void paymentInFullClosesTheCaseAtAnyStageAndNothingMoreHappensToIt() {
        DunningCase dunning = atLetter(LocalDate.of(2026, 6, 2));
        StageChange closed = dunning.closePaid(instant(LocalDate.of(2026, 6, 10)));
        assertThat(closed.from()).isEqualTo(DunningStage.LETTER_SENT);
        assertThat(closed.closes()).isTrue();
        assertThat(closed.trigger()).isEqualTo(StageChange.Trigger.PAID);
        assertThat(dunning.isOpen()).isFalse();
        assertThat(dunning.closedAt()).isEqualTo(instant(LocalDate.of(2026, 6, 10)));
        assertThat(dunning.dueStage(LocalDate.of(2027, 1, 1), true, TIMINGS)).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> dunning.recordContact(call(ContactOutcome.REACHED_OTHER, LISTED_ON), null))
                .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("code", "dunning-closed");
    }
}
