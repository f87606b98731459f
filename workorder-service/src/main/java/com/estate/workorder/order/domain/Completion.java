package com.estate.workorder.order.domain;

import java.time.Instant;
import java.util.List;

/** What the technician recorded on finishing: notes, materials used, photos (attachment ids of the order). */
public record Completion(String notes, List<Material> materials, List<String> photoIds, String by, Instant at) {

    public Completion {
        materials = materials == null ? List.of() : List.copyOf(materials);
        photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
    }
}
