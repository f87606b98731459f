package com.estate.billing.dunning.web;

import com.estate.billing.dunning.domain.Contact;
import com.estate.billing.dunning.domain.DunningCase;
import com.estate.billing.dunning.domain.DunningStage;
import com.estate.billing.dunning.domain.Letter;
import com.estate.billing.dunning.domain.NonPaymentReason;
import com.estate.billing.dunning.domain.PromiseToPay;
import com.estate.billing.dunning.domain.Reminder;
import com.estate.billing.dunning.domain.StageChange;
import com.estate.billing.dunning.domain.StageRecord;
import com.estate.billing.dunning.persistence.DunningAccountDocument;
import com.estate.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An account's dunning: its current (or last) case with every stage it went through, and its earlier cases. Amounts
 * are decimal strings in CNY; staff are named by their user id.
 */
public record DunningCaseResponse(String accountId, String unitId, String communityId, String caseId, boolean open,
        DunningStage stage, Integer stageNumber, Instant stageEnteredAt, String overdue, String currency,
        LocalDate overdueSince, Instant openedAt, Instant closedAt, boolean ownerLivesThere, NonPaymentReason reason,
        ReminderView reminder, LetterView letter, StageRecord homeVisit, StageRecord legalReferral,
        List<Contact> contacts, List<PromiseView> promises, List<ChangeView> history,
        List<DunningAccountDocument.PastCase> earlierCases) {

    public record ReminderView(String channel, String amount, List<String> periods, LocalDate deadline, Instant at) {
    }

    public record LetterView(String letterNumber, String amount, List<String> periods, LocalDate deadline,
            Instant generatedAt, String courier, String trackingNumber, Instant dispatchedAt, String pdf) {
    }

    public record PromiseView(LocalDate payBy, String amount, String note, String recordedBy, Instant at) {
    }

    public record ChangeView(DunningStage from, DunningStage to, StageChange.Trigger trigger, String overdue,
            String by, Instant at) {
    }

    public static DunningCaseResponse of(DunningAccountDocument document) {
        DunningCase dunning = document.current();
        return new DunningCaseResponse(document.accountId(), document.unitId(), document.communityId(), dunning.id(),
                dunning.isOpen(), dunning.isOpen() ? dunning.stage() : null,
                dunning.isOpen() ? dunning.stage().number() : null, dunning.stageEnteredAt(),
                dunning.overdue().toPlainString(), Money.CNY, dunning.overdueSince(), dunning.openedAt(),
                dunning.closedAt(), document.ownerLivesThere(), dunning.reason(), reminder(dunning.reminder()),
                letter(document.accountId(), dunning.letter()), dunning.homeVisit(), dunning.legalReferral(),
                dunning.contacts(), dunning.promises().stream().map(DunningCaseResponse::promise).toList(),
                dunning.history().stream().map(DunningCaseResponse::change).toList(), document.pastCases());
    }

    private static ReminderView reminder(Reminder reminder) {
        return reminder == null ? null : new ReminderView(reminder.channel().name(),
                reminder.amount().toPlainString(), reminder.periods(), reminder.deadline(), reminder.at());
    }

    private static LetterView letter(String accountId, Letter letter) {
        return letter == null ? null : new LetterView(letter.letterNumber(), letter.amount().toPlainString(),
                letter.periods(), letter.deadline(), letter.generatedAt(), letter.courier(), letter.trackingNumber(),
                letter.dispatchedAt(), "/api/billing/dunning/" + accountId + "/letter.pdf");
    }

    private static PromiseView promise(PromiseToPay promise) {
        return new PromiseView(promise.payBy(), promise.amount() == null ? null : promise.amount().toPlainString(),
                promise.note(), promise.recordedBy(), promise.at());
    }

    private static ChangeView change(StageChange change) {
        return new ChangeView(change.from(), change.to(), change.trigger(), change.overdue().toPlainString(),
                change.by(), change.at());
    }
}
