package com.estate.resident.renovation.domain;

/**
 * Who applies: the owner, or a proxy for them (受托人), who must bring a power of attorney.
 *
 * @param proxy true for a proxy
 */
public record Applicant(String name, boolean proxy) {
}
