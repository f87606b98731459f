package com.estate.gateway.residents;

/** A record on resident.events that can never be applied; retrying cannot help, so it goes to the DLT at once. */
class MalformedResidentEventException extends RuntimeException {

    MalformedResidentEventException(String message) {
        super(message, null, false, false);
    }
}
