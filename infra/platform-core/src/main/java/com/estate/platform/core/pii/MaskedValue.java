package com.estate.platform.core.pii;

/**
 * Personal data in a response record: declared once on the record's component, written in full only to callers
 * whose role needs it ({@code app.pii.unmasked-roles}) and masked to everyone else by the service's JSON writer.
 * {@code toString()} is always the masked form, so it cannot leak into a log line or an exception message.
 */
public sealed interface MaskedValue permits MaskedId, MaskedPhone {

    /** The value as a caller without an unmasking role sees it. */
    String masked();

    /** The value in full: only for roles allowed to see it, and never for logs. */
    String fullValue();
}
