package com.estate.resident.resident;

import com.estate.platform.core.pii.ResidentPhoneHash;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ResidentPhoneHashConfiguration {

    @Bean
    ResidentPhoneHash residentPhoneHash(ResidentProperties properties) {
        if (properties.phoneHashKey() == null || properties.phoneHashKey().isBlank()) {
            throw new IllegalStateException("app.residents.phone-hash-key (APP_RESIDENTS_PHONE_HASH_KEY) is not set: "
                    + "give resident-service the same key as the gateway (./suite does), or residents could not log in");
        }
        return new ResidentPhoneHash(properties.phoneHashKey());
    }
}
