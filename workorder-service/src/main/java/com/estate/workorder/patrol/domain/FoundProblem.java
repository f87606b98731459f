package com.estate.workorder.patrol.domain;

/** A problem a patrol found that needs a repair: it becomes a work order of this category. */
public record FoundProblem(String category, String description, boolean emergency) {
}
