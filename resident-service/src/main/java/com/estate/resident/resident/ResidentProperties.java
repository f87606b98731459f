package com.estate.resident.resident;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code app.residents.phone-hash-key} ({@code APP_RESIDENTS_PHONE_HASH_KEY}): the key of the {@code phoneHash}
 * that resident events carry, the same one the gateway has, so that a registered resident can log in by their
 * phone. No default: without it a registration could not be announced, so the service does not start.
 */
@ConfigurationProperties("app.residents")
public record ResidentProperties(String phoneHashKey) {

    @Override
    public String toString() {
        return "ResidentProperties[phoneHashKey=***]";
    }
}
