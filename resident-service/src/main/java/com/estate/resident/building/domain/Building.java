package com.estate.resident.building.domain;

import com.estate.platform.core.text.TypedIdentifiers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A building (楼栋) of a community: its name (unique in the community, compared in canonical form like a unit's
 * building), its entrances (单元) by name, and its floors above and below ground. A building that an import
 * registered because a file named it has no known entrances or floors ({@code null}): its units are then not
 * checked against them. Floors are numbered 1..above above ground and -1..-below below ground; there is no floor 0.
 */
public record Building(String id, String communityId, String name, List<String> entrances,
        Integer floorsAboveGround, Integer floorsBelowGround, Instant registeredAt) {

    public static final int MAX_ENTRANCES = 50;
    public static final int MAX_FLOORS_ABOVE = 200;
    public static final int MAX_FLOORS_BELOW = 20;

    public Building {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(registeredAt, "registeredAt");
        name = canonical(name, "name");
        if (entrances != null) {
            LinkedHashSet<String> names = new LinkedHashSet<>();
            for (String entrance : entrances) {
                if (!names.add(canonical(entrance, "entrance"))) {
                    throw new IllegalArgumentException("entrance named twice: " + entrance);
                }
            }
            if (names.isEmpty() || names.size() > MAX_ENTRANCES) {
                throw new IllegalArgumentException("a building has 1 to " + MAX_ENTRANCES + " entrances");
            }
            entrances = List.copyOf(names);
        }
        if ((floorsAboveGround == null) != (floorsBelowGround == null)) {
            throw new IllegalArgumentException("floors above and below ground are known together or not at all");
        }
        if (floorsAboveGround != null && (floorsAboveGround < 1 || floorsAboveGround > MAX_FLOORS_ABOVE
                || floorsBelowGround < 0 || floorsBelowGround > MAX_FLOORS_BELOW)) {
            throw new IllegalArgumentException("floors out of range: " + floorsAboveGround + "/" + floorsBelowGround);
        }
    }

    /** A building as the desk registers it; entrances named "1".."n" when only their count is given. */
    public static Building register(String id, String communityId, String name, List<String> entranceNames,
            Integer entranceCount, int floorsAboveGround, int floorsBelowGround, Instant now) {
        List<String> entrances = entranceNames;
        if (entrances == null && entranceCount != null) {
            entrances = new ArrayList<>();
            for (int i = 1; i <= entranceCount; i++) {
                entrances.add(Integer.toString(i));
            }
        }
        return new Building(id, communityId, name, entrances, floorsAboveGround, floorsBelowGround, now);
    }

    /** A building an import names without describing it: known by name only. */
    public static Building namedOnly(String id, String communityId, String name, Instant now) {
        return new Building(id, communityId, name, null, null, null, now);
    }

    /** Whether a unit may be on this entrance: one of its entrances, or any when they are not known. */
    public boolean hasEntrance(String entrance) {
        return entrances == null || entrances.contains(TypedIdentifiers.normalize(entrance));
    }

    /** Whether a unit may be on this floor: within its floors (never 0), or any but 0 when they are not known. */
    public boolean hasFloor(int floor) {
        if (floor == 0) {
            return false;
        }
        return floorsAboveGround == null || (floor <= floorsAboveGround && floor >= -floorsBelowGround);
    }

    private static String canonical(String value, String field) {
        String canonical = TypedIdentifiers.normalize(Objects.requireNonNull(value, field));
        if (canonical.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return canonical;
    }
}
