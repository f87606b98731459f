package com.estate.workorder.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.platform.money.Money;
import com.estate.workorder.deadline.Deadlines;
import com.estate.workorder.quote.PriceKind;
import com.estate.workorder.quote.Quote;
import com.estate.workorder.quote.QuoteLine;
import com.estate.workorder.quote.QuoteStatus;
import com.estate.workorder.warranty.Coverage;
import com.estate.workorder.warranty.WarrantyBasis;
import com.estate.workorder.warranty.WarrantyDecision;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every transition of the work order's state machine, and every refusal naming the status and what is allowed. */
class WorkOrderTransitionsTest {

    static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");
    static final TimeWindow SLOT = new TimeWindow(T0.plus(Duration.ofHours(2)), T0.plus(Duration.ofHours(4)));

    static WorkOrder order(Coverage coverage) {
        var intake = new WorkOrder.Intake("c-1", "u-1", null, new Requester(Requester.Kind.RESIDENT, "r-1"), null,
                "leak", "漏水", List.of(), null, false, Channel.RESIDENT_APP, new Origin(OriginKind.APP, null));
        var warranty = new WarrantyDecision(coverage, coverage == Coverage.FREE ? WarrantyBasis.IN_WARRANTY
                : WarrantyBasis.WARRANTY_EXPIRED, null, null, null, coverage, T0);
        return WorkOrder.open("o-1", intake, warranty, Deadlines.of(T0.plus(Duration.ofHours(4)),
                T0.plus(Duration.ofDays(2))), T0);
    }

    static Quote quote() {
        var line = new QuoteLine("LABOUR-HOUR", "工时", PriceKind.LABOUR, BigDecimal.ONE, "hour",
                Money.yuan("60.00"), Money.yuan("60.00"));
        return Quote.propose(List.of(line), "t-1", T0);
    }

    /** A free order brought to each status by the shortest path. */
    static WorkOrder in(WorkOrderStatus status) {
        WorkOrder order = order(Coverage.FREE);
        Map<WorkOrderStatus, Consumer<WorkOrder>> paths = new EnumMap<>(WorkOrderStatus.class);
        paths.put(WorkOrderStatus.OPEN, o -> { });
        paths.put(WorkOrderStatus.ASSIGNED, o -> o.assign("t-1", "agent", T0));
        paths.put(WorkOrderStatus.SCHEDULED, o -> paths.get(WorkOrderStatus.ASSIGNED)
                .andThen(x -> x.accept(SLOT, T0)).accept(o));
        paths.put(WorkOrderStatus.IN_PROGRESS, o -> paths.get(WorkOrderStatus.SCHEDULED)
                .andThen(x -> x.start("t-1", T0)).accept(o));
        paths.put(WorkOrderStatus.PAUSED, o -> paths.get(WorkOrderStatus.IN_PROGRESS)
                .andThen(x -> x.pause("等配件 waiting for parts", "t-1", T0)).accept(o));
        paths.put(WorkOrderStatus.COMPLETED, o -> paths.get(WorkOrderStatus.IN_PROGRESS)
                .andThen(x -> x.finish("换了密封圈", List.of(), List.of(), "t-1", T0)).accept(o));
        paths.put(WorkOrderStatus.ACCEPTED, o -> paths.get(WorkOrderStatus.COMPLETED)
                .andThen(x -> x.acceptWork("r-1", T0)).accept(o));
        paths.put(WorkOrderStatus.DISPUTED, o -> paths.get(WorkOrderStatus.COMPLETED)
                .andThen(x -> x.dispute("还在漏", "r-1", T0)).accept(o));
        paths.put(WorkOrderStatus.REOPENED, o -> paths.get(WorkOrderStatus.DISPUTED)
                .andThen(x -> x.reopen("还在漏", T0.plus(Duration.ofDays(2)), "agent", T0)).accept(o));
        paths.put(WorkOrderStatus.CLOSED, o -> paths.get(WorkOrderStatus.ACCEPTED)
                .andThen(x -> x.close(null, "agent", T0)).accept(o));
        paths.put(WorkOrderStatus.CANCELLED, o -> o.cancel("重复报修 duplicate", "agent", T0));
        paths.get(status).accept(order);
        assertThat(order.status()).isEqualTo(status);
        return order;
    }

    /** Runs the action with inputs that satisfy it, whatever the status. */
    static void run(WorkOrder order, Action action) {
        switch (action) {
            case ASSIGN -> order.assign("t-2", "agent", T0);
            case POOL -> order.pool("agent", T0);
            case GRAB -> order.grab("t-2", T0);
            case ACCEPT -> order.accept(SLOT, T0);
            case DECLINE -> order.decline("太远", T0);
            case TRANSFER -> order.transfer("t-9", "换人", "supervisor", T0);
            case START -> order.start("t-1", T0);
            case PAUSE -> order.pause("等配件", "t-1", T0);
            case RESUME -> order.resume("t-1", T0);
            case FINISH -> order.finish("ok", List.of(), List.of(), "t-1", T0);
            case ACCEPT_WORK -> order.acceptWork("r-1", T0);
            case DISPUTE -> order.dispute("no", "r-1", T0);
            case RATE -> order.rate(5, "好", "r-1", T0);
            case CLOSE -> order.close(null, "agent", T0);
            case REOPEN -> order.reopen("again", T0.plus(Duration.ofDays(1)), "agent", T0);
            case CANCEL -> order.cancel("dup", "agent", T0);
            case LEAK_TEST -> order.recordLeakTest(LocalDate.of(2026, 12, 3), "t-1", T0);
            case QUOTE -> order.proposeQuote(quote(), T0);
            case ACCEPT_QUOTE -> order.decideQuote(QuoteStatus.ACCEPTED, "r-1", T0);
            case DECLINE_QUOTE -> order.decideQuote(QuoteStatus.DECLINED, "r-1", T0);
            case OVERRIDE_WARRANTY -> order.overrideWarranty(Coverage.PAID, "业主损坏", "supervisor", T0);
            case URGE -> order.urge("r-1", T0);
        }
    }

    @ParameterizedTest
    @EnumSource(WorkOrderStatus.class)
    void everyActionNotInTheTableIsRefusedNamingTheStatusAndTheAllowedActions(WorkOrderStatus status) {
        for (Action action : Action.values()) {
            if (action.allowedIn(status)) {
                continue;
            }
            WorkOrder order = in(status);
            assertThatThrownBy(() -> run(order, action)).as(action + " in " + status)
                    .isInstanceOfSatisfying(ActionNotAllowedException.class, e -> {
                        assertThat(e.status()).isEqualTo(409);
                        assertThat(e.properties()).containsEntry("currentStatus", status.name());
                        assertThat(e.properties().get("allowedActions")).isEqualTo(
                                Action.allowedActions(status).stream().map(Action::wire).toList());
                    });
            assertThat(order.status()).isEqualTo(status);
        }
    }

    @Test
    void theRepairGoesFromIntakeThroughTheWorkToClosing() {
        WorkOrder order = in(WorkOrderStatus.OPEN);
        order.assign("t-1", "agent", T0);
        assertThat(order.status()).isEqualTo(WorkOrderStatus.ASSIGNED);
        order.accept(SLOT, T0.plusSeconds(60));
        assertThat(order.status()).isEqualTo(WorkOrderStatus.SCHEDULED);
        assertThat(order.deadlines().respondedAt()).isEqualTo(T0.plusSeconds(60));
        order.start("t-1", T0);
        order.pause("等配件", "t-1", T0);
        assertThat(order.pauseReason()).isEqualTo("等配件");
        order.resume("t-1", T0);
        assertThat(order.pauseReason()).isNull();
        order.finish("换了密封圈", List.of(new Material("密封圈", BigDecimal.ONE, "个")), List.of("p-1"), "t-1",
                T0.plusSeconds(3600));
        assertThat(order.status()).isEqualTo(WorkOrderStatus.COMPLETED);
        assertThat(order.deadlines().completedAt()).isEqualTo(T0.plusSeconds(3600));
        order.recordLeakTest(LocalDate.of(2026, 12, 2), "t-1", T0);
        assertThat(order.leakTestOn()).isEqualTo(LocalDate.of(2026, 12, 2));
        order.acceptWork("r-1", T0);
        order.rate(4, " 及时 ", "r-1", T0);
        assertThat(order.rating().comment()).isEqualTo("及时");
        order.close(null, "agent", T0);
        assertThat(order.status()).isEqualTo(WorkOrderStatus.CLOSED);
        assertThat(order.history()).extracting(HistoryEntry::action).containsExactly("intake", "assign", "accept",
                "start", "pause", "resume", "finish", "leak-test", "accept-work", "rate", "close");
    }

    @Test
    void aDeclineGoesBackToDispatchAndATransferToAnotherTechnician() {
        WorkOrder declined = in(WorkOrderStatus.ASSIGNED);
        declined.decline("不在片区", T0);
        assertThat(declined.status()).isEqualTo(WorkOrderStatus.OPEN);
        assertThat(declined.assigneeId()).isNull();

        for (WorkOrderStatus from : List.of(WorkOrderStatus.ASSIGNED, WorkOrderStatus.SCHEDULED,
                WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.PAUSED)) {
            WorkOrder order = in(from);
            order.transfer("t-2", "换人", "supervisor", T0);
            assertThat(order.status()).isEqualTo(WorkOrderStatus.ASSIGNED);
            assertThat(order.assigneeId()).isEqualTo("t-2");
            assertThat(order.appointment()).isNull();
        }
        assertThatThrownBy(() -> in(WorkOrderStatus.ASSIGNED).transfer("t-1", "same", "s", T0))
                .isInstanceOf(WorkOrderRuleException.class);
    }

    @Test
    void aPooledOrderIsGrabbedOnceAndAnUnpooledOneNever() {
        WorkOrder order = in(WorkOrderStatus.OPEN);
        assertThatThrownBy(() -> order.grab("t-1", T0)).isInstanceOfSatisfying(WorkOrderRuleException.class,
                e -> assertThat(e.code()).isEqualTo("work-order-not-in-pool"));
        order.pool("agent", T0);
        order.grab("t-1", T0);
        assertThat(order.status()).isEqualTo(WorkOrderStatus.ASSIGNED);
        assertThat(order.assigneeId()).isEqualTo("t-1");
        assertThat(order.pooled()).isFalse();
        assertThatThrownBy(() -> order.grab("t-2", T0)).isInstanceOf(ActionNotAllowedException.class);
    }

    @Test
    void aPaidRepairStartsOnlyOnceTheResidentAcceptedItsQuoteAndIsChargedOnceAfterTheWork() {
        WorkOrder order = order(Coverage.PAID);
        order.assign("t-1", "agent", T0);
        order.accept(SLOT, T0);
        assertThatThrownBy(() -> order.start("t-1", T0)).isInstanceOfSatisfying(WorkOrderRuleException.class,
                e -> assertThat(e.code()).isEqualTo("work-order-quote-not-accepted"));
        order.proposeQuote(quote(), T0);
        order.decideQuote(QuoteStatus.DECLINED, "r-1", T0);
        assertThatThrownBy(() -> order.start("t-1", T0)).isInstanceOf(WorkOrderRuleException.class);
        order.proposeQuote(quote(), T0);
        order.decideQuote(QuoteStatus.ACCEPTED, "r-1", T0);
        assertThatThrownBy(() -> order.decideQuote(QuoteStatus.ACCEPTED, "r-1", T0))
                .isInstanceOf(WorkOrderRuleException.class);
        order.start("t-1", T0);
        order.finish("ok", List.of(), List.of(), "t-1", T0);
        assertThat(order.takeChargeDue()).as("not before the resident accepted the work").isFalse();
        order.acceptWork("r-1", T0);
        assertThat(order.takeChargeDue()).isTrue();
        order.close(null, "agent", T0);
        assertThat(order.takeChargeDue()).as("once").isFalse();
    }

    @Test
    void aFreeRepairHasNoQuoteAndAnOverrideWithAReasonMakesItPaid() {
        WorkOrder order = order(Coverage.FREE);
        assertThatThrownBy(() -> order.proposeQuote(quote(), T0)).isInstanceOfSatisfying(
                WorkOrderRuleException.class, e -> assertThat(e.code()).isEqualTo("work-order-free"));
        assertThatThrownBy(() -> order.overrideWarranty(Coverage.PAID, " ", "s", T0))
                .isInstanceOf(InvalidWorkOrderException.class);
        order.overrideWarranty(Coverage.PAID, "人为损坏 damaged by the resident", "supervisor", T0);
        assertThat(order.warranty().coverage()).isEqualTo(Coverage.PAID);
        assertThat(order.warranty().ruleCoverage()).isEqualTo(Coverage.FREE);
        order.proposeQuote(quote(), T0);
        assertThat(order.quote().total()).isEqualTo(Money.yuan("60.00"));
    }

    @Test
    void urgesAreCountedAndAReopeningStartsTheWorkOver() {
        WorkOrder order = in(WorkOrderStatus.SCHEDULED);
        order.urge("r-1", T0);
        order.urge("r-1", T0.plusSeconds(5));
        assertThat(order.urgeCount()).isEqualTo(2);
        assertThat(order.lastUrgedAt()).isEqualTo(T0.plusSeconds(5));

        WorkOrder rated = in(WorkOrderStatus.ACCEPTED);
        rated.rate(2, null, "r-1", T0);
        assertThatThrownBy(() -> rated.rate(3, null, "r-1", T0)).isInstanceOf(WorkOrderRuleException.class);
        rated.reopen("又坏了", T0.plus(Duration.ofDays(3)), "agent", T0);
        assertThat(rated.status()).isEqualTo(WorkOrderStatus.REOPENED);
        assertThat(rated.assigneeId()).isNull();
        assertThat(rated.rating()).isNull();
        assertThat(rated.deadlines().completeBy()).isEqualTo(T0.plus(Duration.ofDays(3)));
        assertThat(rated.deadlines().completedAt()).isNull();
    }

    @Test
    void missedTargetsAreMarkedOnceEach() {
        WorkOrder order = in(WorkOrderStatus.OPEN);
        assertThat(order.markOverdue(T0.plus(Duration.ofHours(4)))).as("at the target is in time").isEmpty();
        assertThat(order.markOverdue(T0.plus(Duration.ofHours(5)))).containsExactly(DeadlineKind.RESPONSE);
        assertThat(order.markOverdue(T0.plus(Duration.ofHours(6)))).isEmpty();
        assertThat(order.markOverdue(T0.plus(Duration.ofDays(3)))).containsExactly(DeadlineKind.COMPLETION);
        assertThat(order.deadlines().isOverdue()).isTrue();

        WorkOrder done = in(WorkOrderStatus.COMPLETED);
        assertThat(done.markOverdue(T0.plus(Duration.ofDays(3)))).isEmpty();
    }
}
