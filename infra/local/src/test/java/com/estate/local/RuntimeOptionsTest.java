package com.estate.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class RuntimeOptionsTest {

    @Test
    void defaultsMatchTheConventions() {
        RuntimeOptions o = RuntimeOptions.parse();
        assertThat(o.dataDir()).isEqualTo(Path.of(".suite/data"));
        assertThat(o.kafkaPort()).isEqualTo(9092);
        assertThat(o.kafkaControllerPort()).isEqualTo(9093);
        assertThat(o.mongoPort()).isEqualTo(27017);
        assertThat(o.reset()).isFalse();
        assertThat(o.mongoCacheMb()).isEqualTo(128);
    }

    @Test
    void readsEveryOptionInBothForms() {
        RuntimeOptions o = RuntimeOptions.parse("--data-dir", "/tmp/d", "--kafka-port=19092",
                "--kafka-controller-port", "19093", "--mongo-port", "37017", "--reset", "--mongo-cache-mb=256");
        assertThat(o).isEqualTo(new RuntimeOptions(Path.of("/tmp/d"), 19092, 19093, 37017, true, 256, false, false));
    }

    @Test
    void rejectsUnknownOptionsAndBadValues() {
        assertThatThrownBy(() -> RuntimeOptions.parse("--kafka-prot", "1")).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> RuntimeOptions.parse("--kafka-port", "x")).hasMessageContaining("must be a number");
        assertThatThrownBy(() -> RuntimeOptions.parse("--mongo-port", "70000")).hasMessageContaining("0-65535");
        assertThatThrownBy(() -> RuntimeOptions.parse("--data-dir")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> RuntimeOptions.parse("--kafka-port", "9000", "--kafka-controller-port", "9000"))
                .hasMessageContaining("must differ");
        assertThatThrownBy(() -> RuntimeOptions.parse("--kafka-controller-port", "27017")).hasMessageContaining("must differ");
    }
}
