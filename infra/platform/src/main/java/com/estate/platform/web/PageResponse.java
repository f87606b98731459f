package com.estate.platform.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** The one shape of every paged list: items, the page asked for, and the total. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapping) {
        return new PageResponse<>(page.getContent().stream().map(mapping).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements());
    }
}
