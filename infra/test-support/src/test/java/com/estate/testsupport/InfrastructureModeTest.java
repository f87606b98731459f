package com.estate.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InfrastructureModeTest {

    @AfterEach
    void clear() {
        System.clearProperty(InfrastructureMode.SETTING);
    }

    @Test
    void systemPropertyForcesAMode() {
        System.setProperty(InfrastructureMode.SETTING, "Embedded");
        assertThat(InfrastructureMode.resolve()).isEqualTo(InfrastructureMode.EMBEDDED);
        System.setProperty(InfrastructureMode.SETTING, "containers");
        assertThat(InfrastructureMode.resolve()).isEqualTo(InfrastructureMode.CONTAINERS);
    }

    @Test
    void unknownModeIsAnError() {
        System.setProperty(InfrastructureMode.SETTING, "docker");
        assertThatThrownBy(InfrastructureMode::resolve).hasMessageContaining("embedded");
    }

    @Test
    void detectionNeverThrows() {
        InfrastructureMode.dockerAvailable();
    }
}
