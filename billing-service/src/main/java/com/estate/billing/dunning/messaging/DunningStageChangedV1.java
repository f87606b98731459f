package com.estate.billing.dunning.messaging;

import com.estate.billing.dunning.domain.DunningCase;
import com.estate.billing.dunning.domain.DunningStage;
import com.estate.billing.dunning.domain.StageChange;
import com.estate.platform.events.IntegrationEventType;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** Integration event {@code com.estate.billing.dunning.stage-changed.v1}; its contract is in infra/contracts. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DunningStageChangedV1(String caseId, String accountId, String unitId, String communityId,
        DunningStage fromStage, DunningStage toStage, Integer stageNumber, String status, StageChange.Trigger trigger,
        String overdue, String currency, Instant changedAt, long caseRevision) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.billing.dunning.stage-changed.v1", "billing.events");

    public static DunningStageChangedV1 of(DunningCase dunning, StageChange change) {
        return new DunningStageChangedV1(dunning.id(), dunning.accountId(), dunning.unitId(), dunning.communityId(),
                change.from(), change.to(), change.to() == null ? null : change.to().number(),
                change.closes() ? "CLOSED" : "OPEN", change.trigger(), change.overdue().toPlainString(),
                change.overdue().currency(), change.at(), dunning.history().size());
    }
}
