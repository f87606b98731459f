package com.estate.platform.web;

import com.estate.platform.problem.InvalidParameterException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Page requests with a capped size, so no list endpoint can be asked for everything at once. */
public final class PageRequests {

    public static final int MAX_SIZE = 100;

    private PageRequests() {
    }

    /** The furthest a page may start: MongoDB takes the number of documents to skip as a 32-bit integer. */
    static final long MAX_OFFSET = Integer.MAX_VALUE;

    /**
     * @throws InvalidParameterException for a page that starts beyond {@link #MAX_OFFSET}: no collection is that
     *         large, and the skip would overflow
     */
    public static PageRequest of(int page, int size, Sort sort) {
        int cappedSize = Math.clamp(size, 1, MAX_SIZE);
        int firstPage = Math.max(page, 0);
        if ((long) firstPage * cappedSize > MAX_OFFSET) {
            throw new InvalidParameterException("page", "problem.validation.field.page-too-large",
                    Long.toString(MAX_OFFSET / cappedSize)); // a plain number: MessageFormat would group digits
        }
        return PageRequest.of(firstPage, cappedSize, sort);
    }
}
