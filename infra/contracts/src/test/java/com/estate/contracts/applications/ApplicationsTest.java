package com.estate.contracts.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationsTest {

    @Test
    void theDeclaredSuiteIsTheGatewayAndFiveServicesWithTheirOwnPortsDatabasesAndTopics() {
        Applications declared = Applications.declared();

        assertThat(declared.all().getFirst().name()).isEqualTo("gateway");
        assertThat(declared.services()).extracting(Application::name).containsExactly("resident-service",
                "workorder-service", "complaint-service", "billing-service", "activity-service");
        assertThat(declared.all()).extracting(Application::port).doesNotHaveDuplicates();
        assertThat(declared.all()).extracting(Application::database).doesNotHaveDuplicates();
        assertThat(declared.topics()).containsExactly("resident.events", "workorder.events", "complaint.events",
                "billing.events", "activity.events", "notification.requests");
        assertThat(declared.named("resident-service")).hasValueSatisfying(resident -> {
            assertThat(resident.port()).isEqualTo(8081);
            assertThat(resident.database()).isEqualTo("resident");
            assertThat(resident.serviceKey()).isEqualTo("resident");
            assertThat(resident.routes()).contains("/api/units/**", "/api/residents/**");
        });
    }

    @Test
    void everyRoutedPathBelongsToOneServiceOnly() {
        List<String> routes = Applications.declared().services().stream()
                .flatMap(service -> service.routes().stream()).toList();
        assertThat(routes).isNotEmpty().doesNotHaveDuplicates().allMatch(route -> route.startsWith("/api/"));
    }

    @Test
    void aMalformedLineIsRefusedWithItsNumber() {
        assertThatThrownBy(() -> Applications.parse(List.of("# comment", "gateway 8080 gateway -")))
                .hasMessageContaining("line 2").hasMessageContaining("5 columns");
        assertThatThrownBy(() -> Applications.parse(List.of("gateway eighty gateway - -")))
                .hasMessageContaining("port is not a number");
        assertThatThrownBy(() -> Applications.parse(List.of("resident-service 8081 resident - -")))
                .hasMessageContaining("first application must be the gateway");
    }
}
