package com.estate.platform.notification;

import com.estate.contracts.identity.Role;
import java.util.Objects;

/**
 * Who a notification is for, by id only (activity-service knows how to reach them): one resident, a household
 * (everyone living in a unit), every staff member holding a role in a community, or one staff member.
 */
public sealed interface NotificationRecipient {

    String communityId();

    /** The {@code recipient.kind} of the event. */
    default String kind() {
        return switch (this) {
            case Resident r -> "RESIDENT";
            case Household h -> "HOUSEHOLD";
            case CommunityRole c -> "ROLE";
            case StaffMember s -> "STAFF";
        };
    }

    /** The {@code recipient.id} of the event: residentId, unitId, role name or staff user id. */
    default String id() {
        return switch (this) {
            case Resident r -> r.residentId();
            case Household h -> h.unitId();
            case CommunityRole c -> c.role().name();
            case StaffMember s -> s.staffId();
        };
    }

    /** The event's subject and Kafka key, so one recipient's requests keep their order. */
    default String address() {
        return communityId() + "/" + kind() + "/" + id();
    }

    /**
     * The recipient a request names by {@link #kind()} and {@link #id()}, as the consumer reads them back.
     *
     * @throws IllegalArgumentException for an unknown kind, a blank id or a role that is not a staff role
     */
    static NotificationRecipient of(String communityId, String kind, String id) {
        return switch (kind == null ? "" : kind) {
            case "RESIDENT" -> new Resident(communityId, id);
            case "HOUSEHOLD" -> new Household(communityId, id);
            case "ROLE" -> new CommunityRole(communityId, role(id));
            case "STAFF" -> new StaffMember(communityId, id);
            default -> throw new IllegalArgumentException("not a recipient kind: " + kind);
        };
    }

    record Resident(String communityId, String residentId) implements NotificationRecipient {
        public Resident {
            requireIds(communityId, residentId);
        }
    }

    record Household(String communityId, String unitId) implements NotificationRecipient {
        public Household {
            requireIds(communityId, unitId);
        }
    }

    /** Staff roles only: residents are reached as residents or households, platform administrators not at all. */
    record CommunityRole(String communityId, Role role) implements NotificationRecipient {
        public CommunityRole {
            requireIds(communityId, Objects.requireNonNull(role, "role").name());
            if (role == Role.RESIDENT || role == Role.PLATFORM_ADMIN) {
                throw new IllegalArgumentException("not a staff role of a community: " + role);
            }
        }
    }

    record StaffMember(String communityId, String staffId) implements NotificationRecipient {
        public StaffMember {
            requireIds(communityId, staffId);
        }
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name == null ? "" : name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a role: " + name, e);
        }
    }

    private static void requireIds(String communityId, String id) {
        if (communityId == null || communityId.isBlank() || id == null || id.isBlank()) {
            throw new IllegalArgumentException("a recipient needs a community id and an id");
        }
    }
}
