package com.estate.workorder.order.domain;

import java.util.Arrays;

/**
 * What asked for an order, with the wire names of {@code order.status-changed}'s {@code origin.kind}: the service or
 * record that raised it follows the order by it (a move-in case by {@code movein-defect} and the defect id).
 */
public enum OriginKind {
    DESK("desk"),
    PHONE("phone"),
    APP("app"),
    DUTY_LOG("duty-log"),
    MOVEIN_DEFECT("movein-defect"),
    CUSTODY_ANOMALY("custody-anomaly"),
    CUSTODY_PATROL("custody-patrol"),
    PATROL("patrol"),
    RENOVATION_INSPECTION("renovation-inspection"),
    RETURN_VISIT("return-visit");

    private final String wire;

    OriginKind(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static OriginKind ofWire(String wire) {
        return Arrays.stream(values()).filter(k -> k.wire.equals(wire)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an origin kind: " + wire));
    }

    /** The origin an order taken in by a person over this channel has, when no record asked for it. */
    public static OriginKind ofChannel(Channel channel) {
        return switch (channel) {
            case FRONT_DESK -> DESK;
            case PHONE -> PHONE;
            case RESIDENT_APP -> APP;
            case DUTY_LOG -> DUTY_LOG;
            case MOVE_IN_DEFECT -> MOVEIN_DEFECT;
            case CUSTODY -> CUSTODY_ANOMALY;
            case PATROL -> PATROL;
            case RENOVATION_INSPECTION -> RENOVATION_INSPECTION;
            case RETURN_VISIT_REWORK -> RETURN_VISIT;
        };
    }
}
