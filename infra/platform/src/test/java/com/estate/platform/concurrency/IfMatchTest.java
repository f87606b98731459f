package com.estate.platform.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void aStrongTagMatchesItsRevisionOnly() {
        IfMatch ifMatch = IfMatch.parse("\"3\"");
        assertThat(ifMatch.matches(3)).isTrue();
        assertThat(ifMatch.matches(4)).isFalse();
        assertThat(ifMatch.matches(33)).isFalse();
    }

    @Test
    void aListMatchesWhenAnyOfItsTagsDoes() {
        IfMatch ifMatch = IfMatch.parse("\"1\", W/\"2\",\"5\"");
        assertThat(ifMatch.matches(1)).isTrue();
        assertThat(ifMatch.matches(5)).isTrue();
        assertThat(ifMatch.matches(2)).as("weak").isFalse();
    }

    @Test
    void aWeakTagNeverMatches() {
        assertThat(IfMatch.parse("W/\"3\"").matches(3)).isFalse();
    }

    @Test
    void aStarMatchesAnyRevision() {
        assertThat(IfMatch.parse(" * ").matches(0)).isTrue();
        assertThat(IfMatch.parse("*").matches(42)).isTrue();
    }

    @Test
    void textThatIsNoEntityTagMatchesNothing() {
        assertThat(IfMatch.parse("3").matches(3)).isFalse();
        assertThat(IfMatch.parse("\"3").matches(3)).isFalse();
        assertThat(IfMatch.parse("garbage, \"3\"").matches(3)).isFalse();
    }

    @Test
    void aFailedPreconditionNamesTheCurrentEtag() {
        assertThatThrownBy(() -> IfMatch.parse("\"1\"").require(2))
                .isInstanceOfSatisfying(PreconditionFailedException.class, e -> {
                    assertThat(e.currentEtag()).isEqualTo("\"2\"");
                    assertThat(e.status()).isEqualTo(412);
                    assertThat(e.properties()).containsEntry("currentEtag", "\"2\"");
                });
    }
}
