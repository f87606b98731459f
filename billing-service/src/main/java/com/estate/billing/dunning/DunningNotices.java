package com.estate.billing.dunning;

import com.estate.billing.dunning.domain.DunningCase;
import com.estate.billing.dunning.domain.DunningStage;
import com.estate.billing.dunning.domain.Reminder;
import com.estate.billing.dunning.domain.StageChange;
import com.estate.billing.dunning.messaging.DunningStageChangedV1;
import com.estate.billing.dunning.persistence.DunningAccountDocument;
import com.estate.contracts.identity.Role;
import com.estate.platform.notification.NotificationRecipient;
import com.estate.platform.notification.Notifications;
import com.estate.platform.notification.Urgency;
import com.estate.platform.outbox.OutboxEvents;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What a stage change announces, queued on the account's document so it is written with the change: always
 * {@code dunning.stage-changed}; the household's SMS reminder (stage 2); and the task for the staff whose stage it
 * is: the desk posts the letter (3) and makes the home visit (4), finance refers to legal channels (5).
 */
@Component
class DunningNotices {

    static final String REMINDER = "billing.dunning-reminder";
    static final String LETTER_DUE = "billing.dunning-letter-due";
    static final String HOME_VISIT_DUE = "billing.dunning-home-visit-due";
    static final String LEGAL_REFERRAL_DUE = "billing.dunning-legal-referral-due";

    private static final int LONGEST_PERIOD_LIST = 200;

    private final OutboxEvents outboxEvents;
    private final Notifications notifications;

    DunningNotices(OutboxEvents outboxEvents, Notifications notifications) {
        this.outboxEvents = outboxEvents;
        this.notifications = notifications;
    }

    void stageChanged(DunningAccountDocument document, StageChange change) {
        DunningCase dunning = document.current();
        document.publish(outboxEvents.create(DunningStageChangedV1.TYPE, dunning.accountId(), dunning.communityId(),
                DunningStageChangedV1.of(dunning, change)));
        if (change.closes()) {
            return;
        }
        if (change.to() == DunningStage.LETTER_SENT) {
            staffTask(document, Role.CS_AGENT, LETTER_DUE, Map.of("letterNumber", dunning.letter().letterNumber()));
        } else if (change.to() == DunningStage.HOME_VISIT) {
            staffTask(document, Role.CS_AGENT, HOME_VISIT_DUE, Map.of());
        } else if (change.to() == DunningStage.LEGAL_REFERRAL) {
            staffTask(document, Role.FINANCE, LEGAL_REFERRAL_DUE, Map.of());
        }
    }

    /** The SMS (a notification request to the household) with the amount, the periods and the deadline. */
    void smsReminder(DunningAccountDocument document, Reminder reminder) {
        DunningCase dunning = document.current();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("accountId", dunning.accountId());
        params.put("caseId", dunning.id());
        params.put("amount", reminder.amount().toPlainString());
        params.put("periods", periods(reminder));
        params.put("deadline", reminder.deadline().toString());
        notifications.request(document, new NotificationRecipient.Household(dunning.communityId(),
                dunning.unitId()), REMINDER, params, Urgency.NORMAL);
    }

    private void staffTask(DunningAccountDocument document, Role role, String template, Map<String, String> extra) {
        DunningCase dunning = document.current();
        Map<String, String> params = new LinkedHashMap<>(extra);
        params.put("accountId", dunning.accountId());
        params.put("unitId", dunning.unitId());
        params.put("caseId", dunning.id());
        params.put("overdue", dunning.overdue().toPlainString());
        notifications.request(document, new NotificationRecipient.CommunityRole(dunning.communityId(), role),
                template, params, Urgency.NORMAL);
    }

    /** The periods, comma-separated, cut short with "…" where a notification parameter would be too long. */
    private static String periods(Reminder reminder) {
        String all = String.join(",", reminder.periods());
        return all.length() <= LONGEST_PERIOD_LIST ? all : all.substring(0, LONGEST_PERIOD_LIST - 1) + "…";
    }
}
