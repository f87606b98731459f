package com.estate.resident.resident.persistence;

import java.util.List;
import org.springframework.data.annotation.Id;

/**
 * Which residents one key leads to: a lookup hash (of a phone, which family members may share, or of a document
 * number) in {@code resident_lookups}, a unit id in {@code unit_residents}. Read by {@code _id} only, the one
 * fast lookup on the stand-in (infra/ARCHITECTURE.md §3, §14).
 */
public record ResidentIds(@Id String key, List<String> residentIds) {

    public ResidentIds {
        residentIds = residentIds == null ? List.of() : List.copyOf(residentIds);
    }
}
