package com.estate.platform.web;

import com.estate.platform.problem.InvalidParameterException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Page requests of every list endpoint, checked before any query runs: the page size is capped
 * ({@code app.web.max-page-size}), so no list can be asked for everything at once, and a list sorts only by the
 * fields it names, so a caller can neither sort by an unindexed or private field nor probe the documents' shape.
 * Anything else is a 400 that names the parameter; nothing is silently clamped.
 */
public class PageRequests {

    /** The furthest a page may start: MongoDB takes the number of documents to skip as a 32-bit integer. */
    static final long MAX_OFFSET = Integer.MAX_VALUE;

    private final int maxSize;

    public PageRequests(int maxSize) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("app.web.max-page-size must be at least 1: " + maxSize);
        }
        this.maxSize = maxSize;
    }

    public int maxSize() {
        return maxSize;
    }

    /**
     * @throws InvalidParameterException for a negative page, a size outside 1..max, or a page that starts beyond
     *         {@link #MAX_OFFSET}: no collection is that large, and the skip would overflow
     */
    public PageRequest of(int page, int size, Sort sort) {
        if (page < 0) {
            throw new InvalidParameterException("page", "problem.validation.field.page-negative");
        }
        if (size < 1 || size > maxSize) {
            // a plain number: MessageFormat would group digits
            throw new InvalidParameterException("size", "problem.validation.field.page-size", Integer.toString(maxSize));
        }
        if ((long) page * size > MAX_OFFSET) {
            throw new InvalidParameterException("page", "problem.validation.field.page-too-large",
                    Long.toString(MAX_OFFSET / size));
        }
        return PageRequest.of(page, size, sort);
    }

    /**
     * A page sorted as the caller asked, by allowed fields only.
     *
     * @param sort the {@code sort} parameter: field names, each optionally preceded by {@code -} for descending
     *        order, separated by commas ({@code sort=-floorArea,building}); null or empty for the default order
     * @param byDefault the list's usual order; it also follows the requested fields, so that pages of records
     *        with equal values stay stable
     * @param allowed the fields the caller may sort by (the names of the stored document's fields)
     * @throws InvalidParameterException for a field not allowed, besides what {@link #of(int, int, Sort)} refuses
     */
    public PageRequest of(int page, int size, List<String> sort, Sort byDefault, Set<String> allowed) {
        Sort requested = sortBy(sort, allowed);
        // a field named twice would be one key of the sort document, with the default's direction
        Sort rest = Sort.by(byDefault.stream().filter(order -> requested.getOrderFor(order.getProperty()) == null)
                .toList());
        return of(page, size, requested.and(rest));
    }

    private static Sort sortBy(List<String> requested, Set<String> allowed) {
        if (requested == null) {
            return Sort.unsorted();
        }
        List<Sort.Order> orders = new ArrayList<>();
        for (String item : requested) {
            String field = item.strip();
            boolean descending = field.startsWith("-");
            String name = descending ? field.substring(1) : field;
            if (name.isEmpty() && !descending) {
                continue; // "sort=" or a trailing comma
            }
            if (!allowed.contains(name)) {
                throw new InvalidParameterException("sort", "problem.validation.field.sort",
                        String.join(", ", new TreeSet<>(allowed)));
            }
            orders.add(descending ? Sort.Order.desc(name) : Sort.Order.asc(name));
        }
        return Sort.by(orders);
    }
}
