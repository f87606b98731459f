package com.estate.resident.release.domain;

public record ReleaseItem(String name, int quantity) {
}
