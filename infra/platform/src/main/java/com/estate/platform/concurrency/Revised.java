package com.estate.platform.concurrency;

import java.util.function.Function;

/** A record as read or written, with the revision its {@code ETag} is made from ({@link Etags}). */
public record Revised<T>(T value, long revision) {

    public String etag() {
        return Etags.of(revision);
    }

    /** The same revision of the record in another form, e.g. its response body. */
    public <R> Revised<R> map(Function<? super T, ? extends R> mapping) {
        return new Revised<>(mapping.apply(value), revision);
    }
}
