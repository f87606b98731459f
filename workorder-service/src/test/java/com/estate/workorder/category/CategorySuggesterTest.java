package com.estate.workorder.category;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CategorySuggesterTest {

    final List<RepairCategory> dictionary = List.of(
            new RepairCategory("leak", "渗漏水", "Leaks", List.of("漏水", "渗水", "leak")),
            new RepairCategory("plumbing", "给排水", "Plumbing", List.of("水管", "水", "pipe", "drain")),
            new RepairCategory("electrical", "电气", "Electrical", List.of("跳闸", "socket")));

    @Test
    void chineseAndEnglishDescriptionsFindTheirCategory() {
        assertThat(CategorySuggester.suggest(dictionary, "卫生间天花板漏水").orElseThrow().code()).isEqualTo("leak");
        assertThat(CategorySuggester.suggest(dictionary, "The kitchen SOCKET sparks").orElseThrow().code())
                .isEqualTo("electrical");
        assertThat(CategorySuggester.suggest(dictionary, "ｌｅａｋ under the window").orElseThrow().code())
                .as("full-width letters from a Chinese input method").isEqualTo("leak");
    }

    @Test
    void moreHitsWinAndALongerKeywordBreaksATie() {
        assertThat(CategorySuggester.suggest(dictionary, "水管爆了 pipe burst, drain blocked").orElseThrow().code())
                .isEqualTo("plumbing");
        // 漏水 (leak) and 水 (plumbing) both match once: the longer keyword says more
        assertThat(CategorySuggester.suggest(dictionary, "阳台漏水").orElseThrow().code()).isEqualTo("leak");
    }

    @Test
    void nothingMatchingSuggestsNothing() {
        assertThat(CategorySuggester.suggest(dictionary, "门铃坏了")).isEmpty();
        assertThat(CategorySuggester.suggest(dictionary, " ")).isEmpty();
    }
}
