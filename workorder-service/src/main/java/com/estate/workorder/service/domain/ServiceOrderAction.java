package com.estate.workorder.service.domain;

import java.util.EnumSet;
import java.util.Set;

/** What can be done to a service order, each from the states it names (the 409 of a refusal lists them). */
public enum ServiceOrderAction {
    ASSIGN(EnumSet.of(ServiceOrderStatus.AGREED, ServiceOrderStatus.ASSIGNED)),
    FINISH(EnumSet.of(ServiceOrderStatus.ASSIGNED)),
    ACCEPT(EnumSet.of(ServiceOrderStatus.DONE)),
    DISPUTE(EnumSet.of(ServiceOrderStatus.DONE)),
    CANCEL(EnumSet.of(ServiceOrderStatus.AGREED, ServiceOrderStatus.ASSIGNED));

    private final Set<ServiceOrderStatus> from;

    ServiceOrderAction(Set<ServiceOrderStatus> from) {
        this.from = from;
    }

    public boolean allowedIn(ServiceOrderStatus status) {
        return from.contains(status);
    }

    /** The path segment of the action ({@code /api/service-orders/{id}/assign}). */
    public String path() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Set<ServiceOrderAction> allowedIn(ServiceOrderStatus status, Set<ServiceOrderAction> candidates) {
        Set<ServiceOrderAction> allowed = EnumSet.noneOf(ServiceOrderAction.class);
        candidates.stream().filter(a -> a.allowedIn(status)).forEach(allowed::add);
        return allowed;
    }
}
