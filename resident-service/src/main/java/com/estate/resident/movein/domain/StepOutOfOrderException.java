package com.estate.resident.movein.domain;

import com.estate.platform.problem.ConflictException;
import java.util.List;
import java.util.Map;

/**
 * A step asked for before the case reached it (or after it was done): 409 naming the step the case is at and what
 * it still waits for there.
 */
public class StepOutOfOrderException extends ConflictException {

    private final Step requested;
    private final Step current;
    private final List<String> missing;

    public StepOutOfOrderException(Step requested, Step current, List<String> missing) {
        super(requested.ordinal() < current.ordinal() ? "move-in-step-done" : "move-in-step-out-of-order",
                "step " + requested + " cannot be done now: the case is at " + current + ", waiting for " + missing,
                requested.name(), current.name(), String.join(", ", missing));
        this.requested = requested;
        this.current = current;
        this.missing = List.copyOf(missing);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("step", requested.name(), "currentStep", current.name(), "missing", missing);
    }
}
