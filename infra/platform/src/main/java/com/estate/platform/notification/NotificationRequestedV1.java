package com.estate.platform.notification;

import java.time.Instant;
import java.util.Map;

/** Integration event {@code com.estate.platform.notification.requested.v1}; its contract is in infra/contracts. */
record NotificationRequestedV1(String communityId, Recipient recipient, String templateKey,
        Map<String, String> params, Urgency urgency, Instant requestedAt) {

    record Recipient(String kind, String id) {
    }
}
