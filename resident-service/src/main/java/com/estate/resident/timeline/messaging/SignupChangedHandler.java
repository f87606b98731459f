package com.estate.resident.timeline.messaging;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.timeline.TimelineProperties;
import com.estate.resident.timeline.domain.TimelineEntry;
import com.estate.resident.timeline.domain.TimelineKind;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The household's sign-up for a community activity, in its newest status ({@code activity.signup.changed}). */
@Component
class SignupChangedHandler extends UnitEntryHandler<SignupChangedHandler.SignupChanged> {

    static final IntegrationEventType TYPE = new IntegrationEventType("com.estate.activity.signup.changed.v1",
            "activity.events");

    record SignupChanged(String signupId, String activityId, String activityTitle, String communityId, String unitId,
            String status, long signupRevision, Instant changedAt) implements HouseholdEvent {

        SignupChanged {
            Required.text(signupId, "signupId");
            Required.text(activityId, "activityId");
            Required.text(activityTitle, "activityTitle");
            Required.text(communityId, "communityId");
            Required.text(unitId, "unitId");
            Required.text(status, "status");
            Objects.requireNonNull(changedAt, "changedAt");
        }
    }

    SignupChangedHandler(TimelineProperties properties) {
        super(TYPE, SignupChanged.class, properties);
    }

    @Override
    Optional<TimelineEntry> entry(SignupChanged signup, CloudEvent event) {
        return Optional.of(new TimelineEntry("signup:" + signup.signupId(), TimelineKind.ACTIVITY_SIGNUP,
                signup.changedAt(), "timeline.activity-signup",
                Params.of("activityId", signup.activityId(), "activityTitle", signup.activityTitle()),
                signup.status(), "/api/activities/" + signup.activityId() + "/signups/" + signup.signupId(),
                signup.signupRevision()));
    }
}
