package com.estate.gateway.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * CORS for the configured app origins, as a web filter ahead of Spring Security: a browser's preflight
 * {@code OPTIONS} carries no token and must be answered before the token check would refuse it. A cross-origin
 * request from an origin not listed is refused (403) here.
 */
@Configuration(proxyBeanMethods = false)
class CorsConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 3)
    CorsWebFilter corsWebFilter(CorsProperties properties) {
        org.springframework.web.cors.CorsConfiguration cors = new org.springframework.web.cors.CorsConfiguration();
        cors.setAllowedOrigins(properties.allowedOrigins());
        cors.setAllowedMethods(properties.allowedMethods());
        cors.setAllowedHeaders(properties.allowedHeaders());
        cors.setExposedHeaders(properties.exposedHeaders());
        cors.setMaxAge(properties.maxAge());
        cors.setAllowCredentials(false);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return new CorsWebFilter(source);
    }
}
