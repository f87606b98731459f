package com.estate.billing.unit.messaging;

import com.estate.billing.unit.persistence.BillingUnitDocument;
import com.estate.platform.events.CloudEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A unit's area, use, status and handover date, from {@code unit.registered} (revision 1) and {@code unit.updated}
 * (the current state, applied only when its revision is newer than the one kept).
 */
@Configuration(proxyBeanMethods = false)
class UnitStateHandlers {

    @Bean
    UnitFactsHandler<UnitState> unitRegisteredFacts() {
        return new StateHandler("com.estate.resident.unit.registered.v1");
    }

    @Bean
    UnitFactsHandler<UnitState> unitUpdatedFacts() {
        return new StateHandler("com.estate.resident.unit.updated.v1");
    }

    private static final class StateHandler extends UnitFactsHandler<UnitState> {

        StateHandler(String type) {
            super(type, UnitState.class);
        }

        @Override
        public void apply(BillingUnitDocument unit, UnitState state, CloudEvent event) {
            unit.takeUnitState(state.revision(), state.floorArea(), state.use(),
                    state.status() == null ? "VACANT" : state.status(), state.handoverDate());
        }
    }
}
