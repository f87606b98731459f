package com.estate.workorder.service.web;

import jakarta.validation.constraints.Size;

/** A note with an action: what was done, why the work is not accepted, why the order is cancelled. */
record NoteRequest(@Size(max = 1000) String note) {

    String text() {
        return note == null ? "" : note.strip();
    }
}
