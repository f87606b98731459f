package com.estate.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.platform.problem.InvalidParameterException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

class PageRequestsTest {

    private static final Sort BY_NUMBER = Sort.by("building", "unitNumber");
    private static final Set<String> SORTABLE = Set.of("building", "unitNumber", "floorArea");

    private final PageRequests pages = new PageRequests(50);

    @Test
    void theCapIsServedAndOneMoreRefused() {
        assertThat(pages.of(0, 50, Sort.unsorted()).getPageSize()).isEqualTo(50);
        assertThatThrownBy(() -> pages.of(0, 51, Sort.unsorted()))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("size");
                    assertThat(e.messageArgs()).containsExactly("50");
                });
    }

    @Test
    void requestedFieldsComeFirstAndTheDefaultOrderBreaksTies() {
        assertThat(pages.of(0, 10, List.of("-floorArea"), BY_NUMBER, SORTABLE).getSort())
                .isEqualTo(Sort.by(Sort.Order.desc("floorArea"), Sort.Order.asc("building"),
                        Sort.Order.asc("unitNumber")));
        // a default field the caller named keeps the caller's direction
        assertThat(pages.of(0, 10, List.of("-building"), BY_NUMBER, SORTABLE).getSort())
                .isEqualTo(Sort.by(Sort.Order.desc("building"), Sort.Order.asc("unitNumber")));
        assertThat(pages.of(0, 10, null, BY_NUMBER, SORTABLE).getSort()).isEqualTo(BY_NUMBER);
        assertThat(pages.of(0, 10, List.of(""), BY_NUMBER, SORTABLE).getSort()).isEqualTo(BY_NUMBER);
    }

    @Test
    void aFieldNotAllowedIsRefusedNamingTheAllowedOnes() {
        for (String field : List.of("communityId", "-_id", "-", "floorArea.x")) {
            assertThatThrownBy(() -> pages.of(0, 10, List.of(field), BY_NUMBER, SORTABLE))
                    .as(field)
                    .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                        assertThat(e.parameter()).isEqualTo("sort");
                        assertThat(e.messageArgs()).containsExactly("building, floorArea, unitNumber");
                    });
        }
    }
}
