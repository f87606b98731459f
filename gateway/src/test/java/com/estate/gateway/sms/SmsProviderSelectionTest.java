package com.estate.gateway.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** {@code app.sms.provider} alone decides which {@link SmsSender} the gateway gets, and a half-configured Aliyun fails. */
class SmsProviderSelectionTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({SmsProperties.class, AliyunSmsProperties.class})
    static class SmsSettings {
    }

    @TempDir
    Path directory;

    private ApplicationContextRunner runner;

    @BeforeEach
    void runner() {
        runner = new ApplicationContextRunner()
                .withUserConfiguration(SmsSettings.class, FileSmsSender.class, AliyunSmsSender.class)
                .withBean(Clock.class, Clock::systemUTC)
                .withPropertyValues("app.sms.outbox-file=" + directory.resolve("outbox.log"));
    }

    @Test
    void withoutAProviderTheFileAdapterIsUsed() {
        runner.run(context -> assertThat(context).hasSingleBean(SmsSender.class).getBean(SmsSender.class)
                .isInstanceOf(FileSmsSender.class));
    }

    @Test
    void providerFileSelectsTheFileAdapter() {
        runner.withPropertyValues("app.sms.provider=file")
                .run(context -> assertThat(context).hasSingleBean(SmsSender.class).getBean(SmsSender.class)
                        .isInstanceOf(FileSmsSender.class));
    }

    @Test
    void providerAliyunSelectsTheAliyunAdapter() {
        runner.withPropertyValues("app.sms.provider=aliyun",
                        "app.sms.aliyun.access-key-id=LTAI5tTestKeyId",
                        "app.sms.aliyun.access-key-secret=s3cr3t-Secret-Value",
                        "app.sms.aliyun.sign-name=阳光物业",
                        "app.sms.aliyun.template-code=SMS_123456789")
                .run(context -> {
                    assertThat(context).hasSingleBean(SmsSender.class).getBean(SmsSender.class)
                            .isInstanceOf(AliyunSmsSender.class);
                    // the defaults apply without application.yml
                    AliyunSmsProperties aliyun = context.getBean(AliyunSmsProperties.class);
                    assertThat(aliyun.endpoint()).hasToString("https://dysmsapi.aliyuncs.com");
                    assertThat(aliyun.regionId()).isEqualTo("cn-hangzhou");
                    assertThat(aliyun.timeout()).hasSeconds(5);
                    assertThat(aliyun.toString()).doesNotContain("s3cr3t-Secret-Value");
                });
    }

    @Test
    void providerAliyunWithoutCredentialsFailsNamingTheEnvironmentVariables() {
        runner.withPropertyValues("app.sms.provider=aliyun")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("app.sms.provider=aliyun is not fully configured")
                            .hasMessageContaining("APP_SMS_ALIYUN_ACCESS_KEY_ID")
                            .hasMessageContaining("APP_SMS_ALIYUN_ACCESS_KEY_SECRET")
                            .hasMessageContaining("APP_SMS_ALIYUN_SIGN_NAME")
                            .hasMessageContaining("APP_SMS_ALIYUN_TEMPLATE_CODE");
                });
    }

    @Test
    void theFailureNamesOnlyWhatIsMissingAndNeverTheSecret() {
        runner.withPropertyValues("app.sms.provider=aliyun",
                        "app.sms.aliyun.access-key-secret=s3cr3t-Secret-Value",
                        "app.sms.aliyun.sign-name=阳光物业",
                        "app.sms.aliyun.template-code=SMS_123456789")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("APP_SMS_ALIYUN_ACCESS_KEY_ID")
                            .hasMessageNotContaining("APP_SMS_ALIYUN_ACCESS_KEY_SECRET")
                            .hasMessageNotContaining("s3cr3t-Secret-Value");
                });
    }

    @Test
    void anEndpointWithAPathIsRefused() {
        runner.withPropertyValues("app.sms.provider=aliyun",
                        "app.sms.aliyun.endpoint=https://dysmsapi.aliyuncs.com/sms",
                        "app.sms.aliyun.access-key-id=LTAI5tTestKeyId",
                        "app.sms.aliyun.access-key-secret=s3cr3t-Secret-Value",
                        "app.sms.aliyun.sign-name=阳光物业",
                        "app.sms.aliyun.template-code=SMS_123456789")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("APP_SMS_ALIYUN_ENDPOINT"));
    }

    @Test
    void anUnknownProviderFailsInsteadOfLeavingNoSender() {
        runner.withPropertyValues("app.sms.provider=aliyn")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("app.sms.provider (APP_SMS_PROVIDER) must be file or aliyun");
                });
    }
}
