package com.estate.resident.resident.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A resident's relation to one unit from one day to another: the history of who lived where. Current while
 * {@code until} is empty; a move-out sets it and the residence is kept, never deleted.
 *
 * @param since the day the relation began (moved in, or registered)
 * @param until the day it ended (moved out), or {@code null} while it lasts
 */
public record Residence(String unitId, Relation relation, LocalDate since, LocalDate until) {

    public Residence {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(since, "since");
        if (until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("a residence cannot end before it began");
        }
    }

    public boolean isCurrent() {
        return until == null;
    }

    Residence endedOn(LocalDate day) {
        return new Residence(unitId, relation, since, day);
    }
}
