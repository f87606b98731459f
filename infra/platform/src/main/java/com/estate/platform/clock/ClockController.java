package com.estate.platform.clock;

import com.estate.platform.problem.InvalidParameterException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moves this process's business time, for end-to-end tests. Served only with {@code app.clock.adjustable=true};
 * the gateway never routes {@code /internal/**}, so only callers that reach the service directly get here, and
 * only with a platform administrator's token.
 */
@RestController
@RequestMapping("/internal/clock")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class ClockController {

    private final AdjustableClock clock;

    ClockController(AdjustableClock clock) {
        this.clock = clock;
    }

    @GetMapping
    ClockState read() {
        return ClockState.of(clock);
    }

    /** Sets the offset from the machine's time (repeating the same request is harmless). */
    @PostMapping
    ClockState move(@RequestBody ClockOffsetRequest request) {
        clock.setOffset(parse(request.offset()));
        return ClockState.of(clock);
    }

    @DeleteMapping
    ClockState reset() {
        clock.setOffset(Duration.ZERO);
        return ClockState.of(clock);
    }

    private static Duration parse(String offset) {
        if (offset == null || offset.isBlank()) {
            throw new InvalidParameterException("offset", "problem.invalid-duration.field");
        }
        try {
            return Duration.parse(offset.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("offset", "problem.invalid-duration.field");
        }
    }
}
