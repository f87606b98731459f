package com.estate.workorder.patrol.domain;

import java.time.Instant;
import java.util.List;

/**
 * A patrol's result: each checklist point, free findings, the problems found and the work orders they became.
 *
 * @param orderIds the work orders opened for {@code problems}, in the same order
 * @param photoIds photos of the patrol as a whole (each problem names its own), uploaded to the patrol first
 */
public record PatrolResult(List<CheckResult> checks, String findings, List<FoundProblem> problems,
        List<String> orderIds, List<String> photoIds, String recordedBy, Instant recordedAt) {

    public PatrolResult {
        checks = List.copyOf(checks);
        problems = List.copyOf(problems);
        orderIds = List.copyOf(orderIds);
        photoIds = List.copyOf(photoIds);
    }

    public boolean problemsFound() {
        return !problems.isEmpty() || checks.stream().anyMatch(check -> !check.ok());
    }

    /** Every photo the result names: its own and its problems'. */
    public List<String> allPhotoIds() {
        return java.util.stream.Stream.concat(photoIds.stream(), problems.stream()
                .flatMap(problem -> problem.photoIds().stream())).distinct().toList();
    }

    public PatrolResult withOrders(List<String> orders) {
        return new PatrolResult(checks, findings, problems, orders, photoIds, recordedBy, recordedAt);
    }
}
