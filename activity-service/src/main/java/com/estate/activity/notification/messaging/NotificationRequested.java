package com.estate.activity.notification.messaging;

import com.estate.platform.notification.NotificationRecipient;
import com.estate.platform.notification.Urgency;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The fields the inbox reads from {@code com.estate.platform.notification.requested.v1} (tolerant reader). What
 * breaks the contract fails here, while the event is read, and so goes to the DLT: an unknown recipient kind, a
 * role that is no staff role, a missing field, a malformed template key, too many or too long parameters.
 */
record NotificationRequested(String communityId, Recipient recipient, String templateKey,
        Map<String, String> params, Urgency urgency, Instant requestedAt) {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
    private static final int MAX_PARAMS = 20;
    private static final int MAX_PARAM_VALUE = 200;

    record Recipient(String kind, String id) {
    }

    NotificationRequested {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(requestedAt, "requestedAt");
        if (templateKey == null || templateKey.length() > 100 || !TEMPLATE_KEY.matcher(templateKey).matches()) {
            throw new IllegalArgumentException("not a template key: " + templateKey);
        }
        params = Map.copyOf(Objects.requireNonNull(params, "params"));
        if (params.size() > MAX_PARAMS || params.values().stream().anyMatch(v -> v.length() > MAX_PARAM_VALUE)) {
            throw new IllegalArgumentException("at most " + MAX_PARAMS + " parameters of " + MAX_PARAM_VALUE
                    + " characters");
        }
        // the parameters, not the accessors: a compact constructor assigns the fields only at its end
        NotificationRecipient.of(communityId, recipient.kind(), recipient.id());
    }

    NotificationRecipient addressee() {
        return NotificationRecipient.of(communityId, recipient.kind(), recipient.id());
    }
}
