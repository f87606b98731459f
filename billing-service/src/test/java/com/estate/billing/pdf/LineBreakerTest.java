package com.estate.billing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreakerTest {

    /** Every character is 1 wide: the width of a piece is its length in code points. */
    private static List<String> lines(String text, float width) {
        return LineBreaker.lines(text, width, s -> s.codePointCount(0, s.length()));
    }

    @Test
    void chineseBreaksBetweenAnyTwoCharacters() {
        assertThat(lines("物业管理费按月收取", 4)).containsExactly("物业管理", "费按月收", "取");
    }

    @Test
    void closingPunctuationStaysOnTheLineBefore() {
        assertThat(lines("请按时缴费。谢谢", 5)).containsExactly("请按时缴费。", "谢谢");
    }

    @Test
    void latinTextBreaksAtTheLastSpace() {
        assertThat(lines("paid by WeChat Pay", 10)).containsExactly("paid by", "WeChat Pay");
    }

    @Test
    void lineBreaksInTheTextStartNewLines() {
        assertThat(lines("第一行\n第二行", 20)).containsExactly("第一行", "第二行");
    }

    @Test
    void aWordLongerThanTheLineIsCut() {
        assertThat(lines("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
    }
}
