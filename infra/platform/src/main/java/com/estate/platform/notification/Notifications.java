package com.estate.platform.notification;

import com.estate.platform.events.IntegrationEventType;
import com.estate.platform.outbox.AggregateDocument;
import com.estate.platform.outbox.OutboxEvents;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Asks activity-service to tell someone something, from any service: the request is queued on the aggregate
 * whose change calls for it and published through its outbox, so it is written in the same single-document write
 * as that change (never a notification for a change that was not saved, never a change whose notification is
 * lost) and a redelivered event that is not applied again requests nothing again.
 * <pre>{@code
 * notifications.request(account, new Household(communityId, unitId), "billing.account-opened",
 *         Map.of("accountId", account.id()), Urgency.NORMAL);
 * }</pre>
 * Parameters are ids, codes, amounts and dates, never personal data (names, phone numbers, ID numbers): activity
 * looks those up itself, and events never carry them.
 */
public class Notifications {

    public static final IntegrationEventType REQUESTED =
            new IntegrationEventType("com.estate.platform.notification.requested.v1", "notification.requests");

    // the same limits as the contract, so a mistake fails in the requesting service's own tests
    private static final Pattern TEMPLATE_KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
    private static final Pattern PARAM_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,39}");
    private static final int MAX_TEMPLATE_KEY = 100;
    private static final int MAX_PARAMS = 20;
    private static final int MAX_PARAM_VALUE = 200;

    private final OutboxEvents outboxEvents;
    private final Clock clock;

    public Notifications(OutboxEvents outboxEvents, Clock clock) {
        this.outboxEvents = outboxEvents;
        this.clock = clock;
    }

    /** Queues the request on {@code aggregate}; it is published once the aggregate has been saved. */
    public void request(AggregateDocument aggregate, NotificationRecipient recipient, String templateKey,
            Map<String, String> params, Urgency urgency) {
        Objects.requireNonNull(aggregate, "aggregate");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(urgency, "urgency");
        var data = new NotificationRequestedV1(recipient.communityId(),
                new NotificationRequestedV1.Recipient(recipient.kind(), recipient.id()), checkedKey(templateKey),
                checkedParams(params), urgency, clock.instant());
        aggregate.publish(outboxEvents.create(REQUESTED, recipient.address(), recipient.communityId(), data));
    }

    private static String checkedKey(String templateKey) {
        if (templateKey == null || templateKey.length() > MAX_TEMPLATE_KEY
                || !TEMPLATE_KEY.matcher(templateKey).matches()) {
            throw new IllegalArgumentException("a template key is <area>.<what-happened>, e.g. billing.account-opened: "
                    + templateKey);
        }
        return templateKey;
    }

    private static Map<String, String> checkedParams(Map<String, String> params) {
        Objects.requireNonNull(params, "params");
        if (params.size() > MAX_PARAMS) {
            throw new IllegalArgumentException("at most " + MAX_PARAMS + " parameters");
        }
        params.forEach((name, value) -> {
            if (name == null || !PARAM_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("a parameter name is a short camelCase word: " + name);
            }
            if (value == null || value.length() > MAX_PARAM_VALUE) {
                throw new IllegalArgumentException("parameter " + name + " needs a value of at most "
                        + MAX_PARAM_VALUE + " characters");
            }
        });
        return new TreeMap<>(params); // a stable order: what is published is the same however the map was built
    }
}
