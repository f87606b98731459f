package com.estate.gateway.residents;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code app.residents.phone-hash-key} ({@code APP_RESIDENTS_PHONE_HASH_KEY}): the HMAC-SHA256 key that
 * resident-service and the gateway share to turn a phone number into the {@code phoneHash} its events carry.
 * There is deliberately no default: without it the gateway cannot match a phone to a resident, so resident
 * login is off (and says so at start) while everything else works.
 */
@ConfigurationProperties("app.residents")
public record ResidentProperties(String phoneHashKey) {

    public boolean hasPhoneHashKey() {
        return phoneHashKey != null && !phoneHashKey.isBlank();
    }

    @Override
    public String toString() {
        return "ResidentProperties[phoneHashKey=" + (hasPhoneHashKey() ? "***" : "(none)") + "]";
    }
}
