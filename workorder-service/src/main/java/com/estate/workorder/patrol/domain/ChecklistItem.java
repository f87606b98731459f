package com.estate.workorder.patrol.domain;

/** One point a patrol checks, with a stable code the result names and a label in the community's language. */
public record ChecklistItem(String code, String label) {
}
