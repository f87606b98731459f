package com.estate.platform.core.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Boot's real logging system (logback), configured as the services and the gateway configure it (ECS JSON on the
 * console, the masking customizer), writes a line with personal data in its message, MDC, key-value pairs and
 * exception: none of it comes out whole.
 */
@ExtendWith(OutputCaptureExtension.class)
class PiiLogMaskingTest {

    private static final String ID = "44030819900101123X";
    private static final String PHONE = "13812345678";

    @Test
    void everyValueOfAJsonLogLineIsMasked(CapturedOutput output) {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("logging.structured.format.console", "ecs")
                .withProperty("logging.structured.json.customizer", PiiLogMasking.class.getName());
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(environment), null, null);
        try {
            Logger log = LoggerFactory.getLogger("pii.test");
            MDC.put("caller", "+86" + PHONE);
            try {
                log.atWarn().setMessage("resident {} with phone {} failed")
                        .addArgument(ID).addArgument(PHONE).addKeyValue("phone", PHONE)
                        .setCause(new IllegalStateException("no unit for " + ID + " / " + PHONE,
                                new IllegalArgumentException("cause " + PHONE)))
                        .log();
            } finally {
                MDC.remove("caller");
            }
        } finally {
            logging.cleanUp();
        }

        List<String> lines = output.getOut().lines().filter(l -> l.contains("pii.test")).toList();
        assertThat(lines).hasSize(1);
        String line = lines.getFirst();
        assertThat(line).doesNotContain(PHONE).doesNotContain("19900101123");
        JsonNode json = JsonMapper.builder().build().readTree(line);
        assertThat(json.path("message").asString()).isEqualTo("resident 440308********123X with phone 138****5678 failed");
        assertThat(json.path("caller").asString()).isEqualTo("138****5678");
        assertThat(json.path("phone").asString()).isEqualTo("138****5678");
        assertThat(json.path("error").path("message").asString()).isEqualTo("no unit for 440308********123X / 138****5678");
        assertThat(json.path("error").path("stack_trace").asString())
                .contains("IllegalStateException: no unit for 440308********123X / 138****5678")
                .contains("IllegalArgumentException: cause 138****5678");
    }
}
