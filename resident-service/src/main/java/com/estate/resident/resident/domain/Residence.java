package com.estate.resident.resident.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A resident's relation to one unit from one day to another: the history of who lived where. Current while
 * {@code until} is empty; a move-out sets it and the residence is kept, never deleted.
 *
 * @param since       the day the relation began (moved in, or registered)
 * @param until       the day it ended (moved out), or {@code null} while it lasts
 * @param leaseEndsOn a tenancy's agreed last day (the lease's end date), or {@code null}; the desk still records
 *                    the move-out, since a lease may be extended or left early
 */
public record Residence(String unitId, Relation relation, LocalDate since, LocalDate until, LocalDate leaseEndsOn) {

    public Residence {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(since, "since");
        if (until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("a residence cannot end before it began");
        }
        if (leaseEndsOn != null && relation != Relation.TENANT) {
            throw new IllegalArgumentException("only a tenancy has a lease end");
        }
    }

    public Residence(String unitId, Relation relation, LocalDate since, LocalDate until) {
        this(unitId, relation, since, until, null);
    }

    /**
     * A relation beginning on {@code since}; a tenancy's lease may not end before it begins.
     *
     * @throws TenancyRefusedException for a lease that ends before it begins
     */
    public static Residence begin(String unitId, Relation relation, LocalDate since, LocalDate leaseEndsOn) {
        if (leaseEndsOn != null && leaseEndsOn.isBefore(since)) {
            throw new TenancyRefusedException(leaseEndsOn.toString(), since.toString());
        }
        return new Residence(unitId, relation, since, null, leaseEndsOn);
    }

    public boolean isCurrent() {
        return until == null;
    }

    Residence endedOn(LocalDate day) {
        return new Residence(unitId, relation, since, day, leaseEndsOn);
    }
}
