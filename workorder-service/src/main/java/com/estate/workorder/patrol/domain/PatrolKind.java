package com.estate.workorder.patrol.domain;

/**
 * What a patrol or inspection is for: a unit in custody (weekly, before or after heavy rain: resident-service's
 * {@code custody.patrol-requested}), a permitted renovation (its routine inspections and the acceptance inspection
 * once the owner reports it finished), or a public area staff inspect on their own plan.
 */
public enum PatrolKind {
    CUSTODY_WEEKLY,
    CUSTODY_BEFORE_HEAVY_RAIN,
    CUSTODY_AFTER_HEAVY_RAIN,
    RENOVATION_INSPECTION,
    RENOVATION_ACCEPTANCE,
    PUBLIC_AREA;

    /** The custody patrol kind of a {@code custody.patrol-requested} reason. */
    public static PatrolKind ofCustodyReason(String reason) {
        return switch (reason) {
            case "WEEKLY" -> CUSTODY_WEEKLY;
            case "BEFORE_HEAVY_RAIN" -> CUSTODY_BEFORE_HEAVY_RAIN;
            case "AFTER_HEAVY_RAIN" -> CUSTODY_AFTER_HEAVY_RAIN;
            default -> throw new IllegalArgumentException("not a custody patrol reason: " + reason);
        };
    }

    public boolean isRenovation() {
        return this == RENOVATION_INSPECTION || this == RENOVATION_ACCEPTANCE;
    }
}
