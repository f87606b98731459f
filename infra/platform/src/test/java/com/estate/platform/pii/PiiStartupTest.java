package com.estate.platform.pii;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.platform.core.pii.FieldEncryptor;
import com.estate.platform.core.pii.MissingPiiKeyException;
import com.estate.platform.core.pii.MissingPiiKeyFailureAnalyzer;
import com.estate.testsupport.TestPiiKeys;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Without its keys a service does not start (it would otherwise store personal data in clear), and says why. */
class PiiStartupTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PiiAutoConfiguration.class));

    @Test
    void refusesToStartWithoutAnEncryptionKey() {
        runner.withPropertyValues("app.pii.lookup-key=" + TestPiiKeys.LOOKUP_KEY).run(context -> {
            assertThat(context).hasFailed();
            MissingPiiKeyException missing = rootCause(context.getStartupFailure());
            assertThat(missing.getMessage()).isEqualTo("app.pii.keys: no encryption key is configured");
            FailureAnalysis analysis = new MissingPiiKeyFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("app.pii.keys");
            assertThat(analysis.getAction()).contains("APP_PII_KEYS_K1", "app.pii.current-key", "app.pii.lookup-key");
        });
    }

    @Test
    void refusesToStartWithoutALookupKey() {
        runner.withPropertyValues("app.pii.keys.k1=" + TestPiiKeys.KEY).run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure()).property()).isEqualTo("app.pii.lookup-key");
        });
    }

    @Test
    void startsWithKeysFromTheEnvironmentsNaming() {
        Map<String, Object> environment = Map.of("APP_PII_KEYS_K1", TestPiiKeys.KEY, "APP_PII_CURRENT_KEY", "k1",
                "APP_PII_LOOKUP_KEY", TestPiiKeys.LOOKUP_KEY);
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                new SystemEnvironmentPropertySource("test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        environment))).run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(FieldEncryptor.class).currentKeyId()).isEqualTo("k1");
                });
    }

    private static MissingPiiKeyException rootCause(Throwable failure) {
        Throwable cause = failure;
        while (!(cause instanceof MissingPiiKeyException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertThat(cause).isInstanceOf(MissingPiiKeyException.class);
        return (MissingPiiKeyException) cause;
    }
}
