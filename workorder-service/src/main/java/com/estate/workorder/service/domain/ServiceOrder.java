package com.estate.workorder.service.domain;

import com.estate.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A convenience or commissioned service (便民 / 委托服务) agreed with a resident (infra/BUSINESS-RULES.md §8): the catalog
 * item, where (the area served), when, the fee and the expected result are fixed at agreement; the department head
 * assigns staff, the staff finish, the resident accepts and the agreed fee is charged. Immutable: each action answers
 * the next state or throws {@link ServiceOrderActionRefused}.
 *
 * @param quantity hours or square metres the fee counts; 1 for a job
 * @param note     the last note: the staff's when finished, the resident's when disputed, the reason when cancelled
 */
public record ServiceOrder(String id, String communityId, String unitId, String itemId, String itemName,
        String department, ServicePrice price, BigDecimal quantity, Money fee, String area, Instant scheduledFor,
        String expectedResult, ServiceOrderStatus status, List<String> assignees, String note, String agreedBy,
        Instant agreedAt, Instant finishedAt, String acceptedBy, Instant acceptedAt) {

    public ServiceOrder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        assignees = List.copyOf(assignees);
    }

    /** The order as agreed: its fee is the catalog price times the quantity, fixed from now on. */
    public static ServiceOrder agreed(String id, String communityId, String unitId, CatalogItem item,
            BigDecimal quantity, String area, Instant scheduledFor, String expectedResult, String by, Instant at) {
        BigDecimal counted = item.price().unit() == PricingUnit.PER_JOB ? BigDecimal.ONE : quantity;
        return new ServiceOrder(id, communityId, unitId, item.id(), item.name(), item.department(), item.price(),
                counted, item.price().feeFor(counted), area, scheduledFor, expectedResult, ServiceOrderStatus.AGREED,
                List.of(), null, by, at, null, null, null);
    }

    /** The department head names the staff who go (again, to change them before the work is done). */
    public ServiceOrder assigned(List<String> staff) {
        require(ServiceOrderAction.ASSIGN);
        if (staff.isEmpty()) {
            throw new IllegalArgumentException("an assignment names at least one staff member");
        }
        return with(ServiceOrderStatus.ASSIGNED, staff, note, finishedAt, acceptedBy, acceptedAt);
    }

    public ServiceOrder finished(String notes, Instant at) {
        require(ServiceOrderAction.FINISH);
        return with(ServiceOrderStatus.DONE, assignees, notes, at, null, null);
    }

    public ServiceOrder accepted(String by, Instant at) {
        require(ServiceOrderAction.ACCEPT);
        return with(ServiceOrderStatus.ACCEPTED, assignees, note, finishedAt, by, at);
    }

    /** The resident does not accept the work: it goes back to the assigned staff. */
    public ServiceOrder disputed(String reason) {
        require(ServiceOrderAction.DISPUTE);
        return with(ServiceOrderStatus.ASSIGNED, assignees, reason, null, null, null);
    }

    public ServiceOrder cancelled(String reason) {
        require(ServiceOrderAction.CANCEL);
        return with(ServiceOrderStatus.CANCELLED, assignees, reason, finishedAt, null, null);
    }

    public boolean isAssignedTo(String staffId) {
        return assignees.contains(staffId);
    }

    private void require(ServiceOrderAction action) {
        if (!action.allowedIn(status)) {
            throw new ServiceOrderActionRefused(id, action, status);
        }
    }

    private ServiceOrder with(ServiceOrderStatus next, List<String> staff, String nextNote, Instant finished,
            String acceptor, Instant accepted) {
        return new ServiceOrder(id, communityId, unitId, itemId, itemName, department, price, quantity, fee, area,
                scheduledFor, expectedResult, next, staff, nextNote, agreedBy, agreedAt, finished, acceptor, accepted);
    }
}
