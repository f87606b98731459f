package com.estate.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;

/** Plain unit tests, no Spring context: which problem each failure becomes. */
class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();
    private final MockServerWebExchange exchange =
            MockServerWebExchange.from(MockServerHttpRequest.get("/api/things/1"));

    @Test
    void aRefusedConnectionDeepInTheCauseChainIs503() {
        Problem problem = mapper.toProblem(exchange,
                new IllegalStateException("wrapped", new ConnectException("Connection refused: /10.0.0.7:8081")));

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.code()).isEqualTo("service_unavailable");
        assertThat(problem.detail()).doesNotContain("10.0.0.7"); // no internal addresses in client text
    }

    @Test
    void aTimeoutIs504() {
        assertThat(mapper.toProblem(exchange, new TimeoutException()).code()).isEqualTo("gateway_timeout");
    }

    @Test
    void anOversizeBodyIs413() {
        Problem problem = mapper.toProblem(exchange,
                new ServerWebInputException("x", null, new DataBufferLimitException("limit 262144")));
        assertThat(problem.status()).isEqualTo(413);
        assertThat(problem.code()).isEqualTo("payload_too_large");
    }

    @Test
    void aStatusWithoutAKindKeepsItsStatusAndGetsAReasonCode() {
        Problem problem = mapper.toProblem(exchange, new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS));

        assertThat(problem.status()).isEqualTo(429);
        assertThat(problem.code()).isEqualTo("too_many_requests");
        assertThat(problem.type()).hasToString("https://estate.local/problems/too-many-requests");
    }

    @Test
    void anythingUnexpectedIsAGeneric500WithoutTheMessage() {
        Problem problem = mapper.toProblem(exchange, new NullPointerException("secret internals"));

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.code()).isEqualTo("internal_error");
        assertThat(problem.detail()).doesNotContain("secret");
        assertThat(problem.instance()).isEqualTo("/api/things/1");
    }
}
