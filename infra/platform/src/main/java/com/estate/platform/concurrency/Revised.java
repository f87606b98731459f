package com.estate.platform.concurrency;

/** A record as read or written, with the revision its {@code ETag} is made from ({@link Etags}). */
public record Revised<T>(T value, long revision) {
}
