package com.estate.resident.movein.domain;

import com.estate.platform.problem.ConflictException;
import java.util.List;
import java.util.Map;

/** A defect asked for a step it has not reached (signed off before its re-inspection, ...): 409 with what it waits for. */
public class DefectNotReadyException extends ConflictException {

    private final String defectId;
    private final DefectStatus status;
    private final List<String> missing;

    public DefectNotReadyException(String defectId, DefectStatus status, List<String> missing) {
        super("move-in-defect-not-ready", "defect " + defectId + " is " + status + ", waiting for " + missing,
                defectId, status.name(), String.join(", ", missing));
        this.defectId = defectId;
        this.status = status;
        this.missing = List.copyOf(missing);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("defectId", defectId, "defectStatus", status.name(), "missing", missing);
    }
}
