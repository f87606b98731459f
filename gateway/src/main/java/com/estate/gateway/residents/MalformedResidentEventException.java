package com.estate.gateway.residents;

import com.estate.platform.events.InvalidEventException;

/**
 * A record on resident.events that can never be applied; retrying cannot help, so it goes to the DLT at once. The
 * platform's kind of never-applicable event ({@link InvalidEventException}), so the listener's error handler treats
 * it as the services' handlers treat theirs.
 */
class MalformedResidentEventException extends InvalidEventException {

    MalformedResidentEventException(String message) {
        super(message, false);
    }
}
