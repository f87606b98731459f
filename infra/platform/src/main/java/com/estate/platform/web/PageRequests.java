package com.estate.platform.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Page requests with a capped size, so no list endpoint can be asked for everything at once. */
public final class PageRequests {

    public static final int MAX_SIZE = 100;

    private PageRequests() {
    }

    public static PageRequest of(int page, int size, Sort sort) {
        return PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, MAX_SIZE), sort);
    }
}
