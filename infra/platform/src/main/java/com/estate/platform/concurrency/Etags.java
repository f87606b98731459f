package com.estate.platform.concurrency;

import java.net.URI;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;

/**
 * Strong entity tags made from an aggregate's business revision: {@code "7"}. Strong, because two responses with
 * one tag are the same record byte for byte; weak tags ({@code W/"7"}) are never issued, and never match an
 * {@code If-Match} (RFC 9110 section 13.1.1 compares strongly). A GET answered through here also honours
 * {@code If-None-Match} with 304 (Spring MVC compares it with the ETag of a 200 to a GET).
 */
public final class Etags {

    private Etags() {
    }

    public static String of(long revision) {
        return "\"" + revision + "\"";
    }

    /** 200 with the record's body and its ETag: {@code Etags.ok(units.visibleTo(caller, id), UnitResponse::of)}. */
    public static <T, R> ResponseEntity<R> ok(Revised<T> record, Function<? super T, ? extends R> body) {
        return ok(body.apply(record.value()), record.revision());
    }

    public static <R> ResponseEntity<R> ok(R body, long revision) {
        return ResponseEntity.ok().eTag(of(revision)).body(body);
    }

    public static <R> ResponseEntity<R> created(URI location, R body, long revision) {
        return ResponseEntity.created(location).eTag(of(revision)).body(body);
    }

    /** 201 with the new record's location, body and ETag. */
    public static <T, R> ResponseEntity<R> created(URI location, Revised<T> record,
            Function<? super T, ? extends R> body) {
        return created(location, body.apply(record.value()), record.revision());
    }
}
