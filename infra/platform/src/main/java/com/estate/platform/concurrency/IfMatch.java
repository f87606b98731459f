package com.estate.platform.concurrency;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code If-Match} precondition of a request that changes one record: the ETags the client read it with.
 * A controller declares an {@code IfMatch} parameter ({@link IfMatchArgumentResolver}); without the header the
 * request answers 428 {@code precondition-required}. Comparison is strong (RFC 9110 section 13.1.1): a weak tag
 * never matches; {@code *} matches whatever revision the record has, so it only says "it must exist"; a list
 * matches if any of its tags does. Text that is no entity tag matches nothing.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    /** {@code *}: for a change the service makes itself (a process step), not on a client's stale read. */
    public static final IfMatch ANY = new IfMatch(true, List.of());

    private final boolean any;
    private final List<String> strongTags;

    private IfMatch(boolean any, List<String> strongTags) {
        this.any = any;
        this.strongTags = List.copyOf(strongTags);
    }

    /** @param value the header's value; several header lines joined with commas */
    public static IfMatch parse(String value) {
        if (value.strip().equals("*")) {
            return ANY;
        }
        List<String> strong = new ArrayList<>();
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
                continue;
            }
            boolean weak = value.startsWith("W/", i);
            int open = weak ? i + 2 : i;
            int close = open < value.length() && value.charAt(open) == '"' ? value.indexOf('"', open + 1) : -1;
            if (close < 0) {
                break; // not an entity tag: nothing after it can be trusted to match
            }
            if (!weak) {
                strong.add(value.substring(open, close + 1));
            }
            i = close + 1;
        }
        return new IfMatch(false, strong);
    }

    public boolean matches(long currentRevision) {
        return any || strongTags.contains(Etags.of(currentRevision));
    }

    /** @throws PreconditionFailedException naming the current ETag, when the client's tags are not current */
    public void require(long currentRevision) {
        if (!matches(currentRevision)) {
            throw new PreconditionFailedException(Etags.of(currentRevision));
        }
    }

    @Override
    public String toString() {
        return any ? "*" : String.join(", ", strongTags);
    }
}
