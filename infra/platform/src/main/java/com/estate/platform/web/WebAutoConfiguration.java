package com.estate.platform.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem responses, the limit of requests handled at once and the request body limit for every service; errors outside the controllers
 * ({@code /error}, Tomcat's error report) are problem documents too. The language follows Accept-Language by the
 * suite's rule ({@link ProblemLocaleResolver}): Chinese unless English is asked for.
 */
// before MVC's auto-configuration, whose own localeResolver backs off for ours
// before MVC's error auto-configuration too, whose /error controller backs off for ours
@AutoConfiguration(afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        beforeName = {"org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
                "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebProperties.class)
public class WebAutoConfiguration {

    @Bean
    Problems problems() {
        return new Problems();
    }

    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return new ProblemLocaleResolver();
    }

    @Bean
    ProblemWriter problemWriter(Problems problems, JsonMapper mapper) {
        return new ProblemWriter(problems, mapper);
    }

    @Bean
    ProblemAdvice problemAdvice(Problems problems) {
        return new ProblemAdvice(problems);
    }

    @Bean
    ProblemErrorController problemErrorController(Problems problems) {
        return new ProblemErrorController(problems);
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(WebProperties properties,
            ObjectProvider<LargerBodyLimit> larger, ProblemWriter writer) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(
                properties.maxBodySize().toBytes(), larger.orderedStream().toList(), writer));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** First of all: a request over the limit costs nothing beyond its 503. */
    @Bean
    FilterRegistrationBean<ConcurrentRequestLimitFilter> concurrentRequestLimitFilter(WebProperties properties,
            ProblemWriter writer) {
        var registration = new FilterRegistrationBean<>(new ConcurrentRequestLimitFilter(
                properties.maxConcurrentRequests(), properties.overloadWait(), writer));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Tomcat's own error report, for requests it refuses before the application sees them. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.catalina.valves.ErrorReportValve")
    static class TomcatErrorReport {

        @Bean
        ProblemReportValveInstaller problemReportValveInstaller(Problems problems, JsonMapper mapper) {
            return new ProblemReportValveInstaller(problems, mapper);
        }
    }
}
