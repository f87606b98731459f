package com.estate.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The capped page requests of every list ({@code app.web.max-page-size}). Not tied to a running web server:
 * controllers are created in a context without one too (a test that drives the services directly, say).
 */
@AutoConfiguration
@EnableConfigurationProperties(WebProperties.class)
public class PagingAutoConfiguration {

    @Bean
    PageRequests pageRequests(WebProperties properties) {
        return new PageRequests(properties.maxPageSize());
    }
}
