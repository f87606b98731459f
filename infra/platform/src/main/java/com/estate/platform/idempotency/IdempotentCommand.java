package com.estate.platform.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a handler method that creates a record or moves money: a request with an {@code Idempotency-Key} header runs
 * at most once per caller and key, and a repeat with the same body gets the first answer again, marked
 * {@code Idempotent-Replayed: true} (infra/ARCHITECTURE.md §10). Without the header the request simply runs.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface IdempotentCommand {
}
