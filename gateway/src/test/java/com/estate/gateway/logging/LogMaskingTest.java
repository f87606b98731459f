package com.estate.gateway.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.estate.gateway.GatewayIntegrationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The gateway logs JSON with ID numbers and phones masked, as configured in its application.yml. */
@ExtendWith(OutputCaptureExtension.class)
class LogMaskingTest extends GatewayIntegrationTest {

    @Test
    void aGatewayLogLineHasIdNumbersAndPhonesMasked(CapturedOutput output) {
        LoggerFactory.getLogger("com.estate.gateway.logging.sample").warn("login of {} for 11010519491231002X",
                "+8613812345678", new IllegalStateException("no account for 13812345678"));

        List<String> lines = output.getOut().lines().filter(l -> l.contains("com.estate.gateway.logging.sample"))
                .toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst()).doesNotContain("13812345678").doesNotContain("194912310");
        JsonNode line = JsonMapper.builder().build().readTree(lines.getFirst());
        assertThat(line.path("message").asString()).isEqualTo("login of 138****5678 for 110105********002X");
        assertThat(line.path("error").path("message").asString()).isEqualTo("no account for 138****5678");
        assertThat(line.path("error").path("stack_trace").asString()).doesNotContain("13812345678");
    }
}
