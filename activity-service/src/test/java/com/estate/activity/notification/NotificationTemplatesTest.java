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
