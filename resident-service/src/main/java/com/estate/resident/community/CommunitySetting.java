package com.estate.resident.community;

/**
 * The stored document of one setting a community may set for itself (custody thresholds, renovation rules, the
 * house-inspection checklist), keyed by the community's id; see {@link CommunitySettings}.
 *
 * @param <V> the setting's value, a domain record
 */
public interface CommunitySetting<V> {

    V value();

    void replace(V value);

    /** The revision its ETag is made from: 1 once first stored, growing with every change (0 is the defaults'). */
    long revision();
}
