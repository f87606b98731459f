package com.estate.contracts.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class TokenAlgorithmsTest {

    @Test
    void defaultsToRs256AndKeepsPublicKeyAlgorithms() {
        assertThat(TokenAlgorithms.require(null)).containsExactly("RS256");
        assertThat(TokenAlgorithms.require(List.of())).containsExactly("RS256");
        assertThat(TokenAlgorithms.require(List.of("RS256", "ES256"))).containsExactly("RS256", "ES256");
    }

    @Test
    void refusesHmacAndNone() {
        for (String forbidden : new String[] {"HS256", "none", "rs256"}) {
            assertThatThrownBy(() -> TokenAlgorithms.require(List.of("RS256", forbidden)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(forbidden);
        }
    }
}
