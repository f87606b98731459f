package com.estate.platform.pii;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.platform.testapp.PlatformTestApp;
import com.estate.testsupport.WithSharedInfrastructure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every service logs JSON with personal data masked: the platform's defaults configure it, nothing per service. */
@SpringBootTest(classes = PlatformTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "app.web.max-body-size=1KB")
@WithSharedInfrastructure
@ExtendWith(OutputCaptureExtension.class)
class ServiceLogMaskingTest {

    @Test
    void aServiceLogLineHasIdNumbersAndPhonesMasked(CapturedOutput output) {
        LoggerFactory.getLogger("com.estate.platform.pii.sample").error("could not register 110105194912310021 ({})",
                "+8613812345678", new IllegalArgumentException("unit taken by 13812345678"));

        List<String> lines = output.getOut().lines().filter(l -> l.contains("com.estate.platform.pii.sample")).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst()).doesNotContain("13812345678").doesNotContain("194912310021");
        JsonNode line = JsonMapper.builder().build().readTree(lines.getFirst());
        assertThat(line.path("message").asString()).isEqualTo("could not register 110105********0021 (138****5678)");
        assertThat(line.path("error").path("stack_trace").asString())
                .startsWith("java.lang.IllegalArgumentException: unit taken by 138****5678");
    }
}
