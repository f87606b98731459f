package com.estate.gateway.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import com.estate.gateway.GatewayIntegrationTest;

/** Phone numbers a resident typed never reach the log whole, not even at DEBUG, where rejected requests go. */
@ExtendWith(OutputCaptureExtension.class)
class OtpLogTest extends GatewayIntegrationTest {

    private static final String PROBLEM_LOGGER = "com.estate.gateway.problem";

    @AfterEach
    void quietAgain() {
        LoggingSystem.get(getClass().getClassLoader()).setLogLevel(PROBLEM_LOGGER, null);
    }

    @Test
    void aRejectedPhoneNumberIsMaskedInTheDebugLog(CapturedOutput output) {
        LoggingSystem.get(getClass().getClassLoader()).setLogLevel(PROBLEM_LOGGER, LogLevel.DEBUG);
        // not mainland mobiles, so they fail validation, and the rejected value is what gets logged
        List<String> rejected = List.of("12812345678", "1381234567", "+8513812345678", "138123456789");
        for (String phone : rejected) {
            assertProblem(client().post().uri("/auth/otp").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("phone", phone)).exchange(), HttpStatus.BAD_REQUEST, "validation");
            assertProblem(client().post().uri("/auth/login/otp").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("phone", phone, "code", "123456")).exchange(), HttpStatus.BAD_REQUEST,
                    "validation");
        }

        assertThat(output.getOut()).contains("POST /auth/otp answered 400").contains("phone");
        for (String phone : rejected) {
            assertThat(output.getOut()).as(phone).doesNotContain(phone.replace("+", "")).doesNotContain(phone);
        }
    }
}
