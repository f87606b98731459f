package com.estate.activity.notification;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.estate.activity.notification.domain.MessageTemplate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class NotificationTemplatesTest {

    final NotificationTemplates catalog = NotificationTemplates.load();

    @Test
    void theCatalogHasBothLanguagesOfEveryTemplateInUse() {
        assertThat(catalog.keys()).contains("billing.account-opened");
        var rendered = catalog.render("billing.account-opened", Map.of("accountId", "fa-u-1", "unitId", "u-1"));
        assertThat(rendered.title().zhCn()).isEqualTo("物业费账户已开通");
        assertThat(rendered.body().zhCn()).contains("fa-u-1").doesNotContain("{");
        assertThat(rendered.body().en()).contains("fa-u-1").doesNotContain("{");
    }

    @Test
    void residentServicesProcessesHaveTheirTexts() {
        Map<String, Map<String, String>> requested = Map.of(
                "custody.patrol-recorded", Map.of("custodyId", "c-1", "unitId", "u-1", "patrolId", "p-1",
                        "patrolledOn", "2026-12-01", "problemsFound", "false"),
                "movein.re-inspection-requested", Map.of("caseId", "m-1", "defectId", "m-1:2"),
                "movein.re-inspection-booked", Map.of("caseId", "m-1", "defectId", "m-1:2",
                        "appointmentAt", "2026-12-03T02:00:00Z"));
        requested.forEach((key, params) -> {
            assertThat(catalog.keys()).contains(key);
            var rendered = catalog.render(key, params);
            assertThat(rendered).as(key).isNotEqualTo(MessageTemplate.GENERIC.render(Map.of()));
            assertThat(rendered.body().zhCn() + rendered.body().en() + rendered.title().zhCn() + rendered.title().en())
                    .as(key).doesNotContain("{", "}");
        });
        assertThat(catalog.render("movein.re-inspection-booked", requested.get("movein.re-inspection-booked"))
                .body().zhCn()).contains("m-1:2", "2026-12-03T02:00:00Z");
    }

    /** The texts of billing-service's and workorder-service's requests, with the parameters they send. */
    @Test
    void billingsAndWorkOrdersRequestsHaveTheirTexts() {
        Map<String, String> order = Map.of("orderId", "wo-1", "category", "leak");
        Map<String, Map<String, String>> requested = Map.of(
                "billing.bill-issued", Map.of("billId", "b-1", "accountId", "fa-u-1", "total", "128.50",
                        "dueDate", "2026-12-16"),
                "workorder.assigned", order,
                "workorder.appointment-confirmed", Map.of("orderId", "wo-1", "category", "leak",
                        "appointmentFrom", "2026-12-02T01:00:00Z", "appointmentTo", "2026-12-02T03:00:00Z"),
                "workorder.technician-on-the-way", order,
                "workorder.completed", order,
                "workorder.please-rate", order,
                "workorder.quote-proposed", Map.of("orderId", "wo-1", "category", "leak", "total", "80.00"),
                "workorder.urged", Map.of("orderId", "wo-1", "urgeCount", "2"),
                "workorder.overdue", Map.of("orderId", "wo-1", "deadline", "RESPONSE"));
        requested.forEach((key, params) -> {
            assertThat(catalog.keys()).as(key).contains(key);
            var rendered = catalog.render(key, params);
            assertThat(rendered.body().zhCn() + rendered.body().en() + rendered.title().zhCn() + rendered.title().en())
                    .as(key).doesNotContain("{", "}");
            assertThat(rendered.body().zhCn()).as(key).contains(params.containsKey("orderId") ? "wo-1" : "b-1");
        });
        assertThat(catalog.render("billing.bill-issued", requested.get("billing.bill-issued")).body().zhCn())
                .contains("128.50", "2026-12-16");
    }

    @Test
    void anUnknownTemplateGetsTheGenericTextAndOneWarning() {
        Logger logger = (Logger) LoggerFactory.getLogger(NotificationTemplates.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            var first = catalog.render("parcel.arrived", Map.of("parcelId", "p-1"));
            var second = catalog.render("parcel.arrived", Map.of("parcelId", "p-2"));
            assertThat(first).isEqualTo(MessageTemplate.GENERIC.render(Map.of()));
            assertThat(second).isEqualTo(first);
        } finally {
            logger.detachAppender(logged);
        }
        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("parcel.arrived");
        });
    }
}
