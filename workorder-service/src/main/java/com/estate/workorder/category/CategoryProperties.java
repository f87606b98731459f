package com.estate.workorder.category;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The repair categories and keyword dictionary every community starts with (the service's application.yml), until
 * its supervisors change them ({@code PUT /api/work-orders/categories}).
 */
@ConfigurationProperties("app.workorder.categories")
public record CategoryProperties(List<RepairCategory> defaults) {

    public CategoryProperties {
        defaults = defaults == null ? List.of() : List.copyOf(defaults);
    }
}
