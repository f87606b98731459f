package com.estate.workorder.order.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Orders raised from other services' events.
 *
 * @param fallbackCategory the category an order gets when its text suggests none of the community's
 */
@ConfigurationProperties("app.workorder.intake")
record IntakeProperties(String fallbackCategory) {

    IntakeProperties {
        fallbackCategory = fallbackCategory == null ? "other" : fallbackCategory;
    }
}
