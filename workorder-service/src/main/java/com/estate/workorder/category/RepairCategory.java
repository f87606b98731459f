package com.estate.workorder.category;

import java.util.List;
import java.util.Objects;

/**
 * A repair category of a community (plumbing, electrical, leak, ...): its code (what orders, warranties, deadlines
 * and skills refer to), names in Chinese and English, and the keywords that suggest it from a description.
 */
public record RepairCategory(String code, String nameZh, String nameEn, List<String> keywords) {

    public RepairCategory {
        Objects.requireNonNull(code, "code");
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
