package com.estate.workorder.service.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceOrderTest {

    private static final Instant AT = Instant.parse("2026-07-06T02:00:00Z");
    private final CatalogItem cleaning = new CatalogItem("i1", "c1", "深度保洁", "",
            new ServicePrice(Money.yuan("6.50"), PricingUnit.PER_SQUARE_METRE), "cleaning", true);
    private final CatalogItem lock = new CatalogItem("i2", "c1", "换锁芯", "",
            new ServicePrice(Money.yuan("80.00"), PricingUnit.PER_JOB), "maintenance", true);

    private ServiceOrder agreed(CatalogItem item, String quantity) {
        return ServiceOrder.agreed("s1", "c1", "u1", item, new BigDecimal(quantity), "客厅", AT, "无污渍", "agent", AT);
    }

    @Test
    void theFeeIsThePriceTimesTheQuantityRoundedToTheFen() {
        assertThat(agreed(cleaning, "89.53").fee()).isEqualTo(Money.yuan("581.95")); // 581.945 half-up
        assertThat(new ServicePrice(Money.yuan("120.00"), PricingUnit.PER_HOUR).feeFor(new BigDecimal("1.5")))
                .isEqualTo(Money.yuan("180.00"));
        ServiceOrder job = agreed(lock, "7");
        assertThat(job.fee()).isEqualTo(Money.yuan("80.00"));
        assertThat(job.quantity()).isEqualTo(BigDecimal.ONE);
        assertThatThrownBy(() -> agreed(cleaning, "0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void agreedAssignedDoneAccepted() {
        ServiceOrder order = agreed(cleaning, "50").assigned(List.of("staff-1"));
        assertThat(order.status()).isEqualTo(ServiceOrderStatus.ASSIGNED);
        assertThat(order.isAssignedTo("staff-1")).isTrue();
        ServiceOrder reassigned = order.assigned(List.of("staff-2"));
        assertThat(reassigned.assignees()).containsExactly("staff-2");
        ServiceOrder done = reassigned.finished("完成", AT);
        assertThat(done.status()).isEqualTo(ServiceOrderStatus.DONE);
        ServiceOrder accepted = done.accepted("resident-1", AT.plusSeconds(60));
        assertThat(accepted.status()).isEqualTo(ServiceOrderStatus.ACCEPTED);
        assertThat(accepted.acceptedBy()).isEqualTo("resident-1");
    }

    @Test
    void disputedWorkGoesBackToTheStaff() {
        ServiceOrder done = agreed(lock, "1").assigned(List.of("staff-1")).finished("ok", AT);
        ServiceOrder disputed = done.disputed("锁还是卡");
        assertThat(disputed.status()).isEqualTo(ServiceOrderStatus.ASSIGNED);
        assertThat(disputed.finishedAt()).isNull();
        assertThat(disputed.note()).isEqualTo("锁还是卡");
    }

    @Test
    void everyIllegalActionNamesTheStateAndWhatIsPossible() {
        ServiceOrder agreed = agreed(lock, "1");
        assertThatThrownBy(() -> agreed.finished("x", AT)).isInstanceOfSatisfying(ServiceOrderActionRefused.class,
                e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.properties()).containsEntry("currentStatus", "AGREED")
                            .containsEntry("allowedActions", List.of("assign", "cancel"));
                });
        assertThatThrownBy(() -> agreed.accepted("r", AT)).isInstanceOf(ServiceOrderActionRefused.class);
        assertThatThrownBy(() -> agreed.disputed("r")).isInstanceOf(ServiceOrderActionRefused.class);
        ServiceOrder accepted = agreed.assigned(List.of("s")).finished("", AT).accepted("r", AT);
        for (ServiceOrderAction action : ServiceOrderAction.values()) {
            assertThat(action.allowedIn(accepted.status())).isFalse();
        }
        assertThatThrownBy(() -> accepted.cancelled("x")).isInstanceOfSatisfying(ServiceOrderActionRefused.class,
                e -> assertThat(e.properties()).containsEntry("allowedActions", List.of()));
        ServiceOrder cancelled = agreed.cancelled("住户改期");
        assertThatThrownBy(() -> cancelled.assigned(List.of("s"))).isInstanceOf(ServiceOrderActionRefused.class);
    }
}
