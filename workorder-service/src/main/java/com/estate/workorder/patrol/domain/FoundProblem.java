package com.estate.workorder.patrol.domain;

import java.util.List;

/**
 * A problem a patrol found that needs a repair: it becomes a work order of this category, and its photos (uploaded
 * to the patrol) are carried over to that order.
 */
public record FoundProblem(String category, String description, boolean emergency, List<String> photoIds) {

    public FoundProblem {
        photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
    }

    public FoundProblem(String category, String description, boolean emergency) {
        this(category, description, emergency, List.of());
    }
}
