package com.estate.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;

import com.estate.gateway.problem.ProblemWriter;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Which requests may carry how much: file uploads up to the upload limit, everything else up to the body limit. */
class BodySizeLimitFilterTest {

    final BodySizeLimitFilter filter = new BodySizeLimitFilter(new RequestLimitsProperties(DataSize.ofMegabytes(1),
            DataSize.ofMegabytes(201), List.of("/api/**/attachments")), new ProblemWriter(JsonMapper.builder().build()));

    @Test
    void anUploadMayBeAsLargeAsTheUploadLimit() {
        assertThat(status(HttpMethod.POST, "/api/units/u-1/attachments", DataSize.ofMegabytes(50))).isNull();
        assertThat(status(HttpMethod.POST, "/api/units/u-1/attachments", DataSize.ofMegabytes(202))).isEqualTo(413);
    }

    @Test
    void everythingElseKeepsTheBodyLimit() {
        assertThat(status(HttpMethod.POST, "/api/communities", DataSize.ofMegabytes(2))).isEqualTo(413);
        assertThat(status(HttpMethod.PUT, "/api/units/u-1/attachments", DataSize.ofMegabytes(2))).isEqualTo(413);
        assertThat(status(HttpMethod.POST, "/api/units/u-1/attachments/x", DataSize.ofMegabytes(2))).isEqualTo(413);
        assertThat(status(HttpMethod.POST, "/api/communities", DataSize.ofKilobytes(100))).isNull();
    }

    /** @return the status the filter answered with, or null when it passed the request on */
    Integer status(HttpMethod method, String path, DataSize declared) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.method(method, path)
                .contentLength(declared.toBytes()));
        AtomicBoolean passed = new AtomicBoolean();
        filter.filter(exchange, ex -> {
            passed.set(true);
            return Mono.empty();
        }).block();
        return passed.get() ? null : exchange.getResponse().getStatusCode().value();
    }
}
