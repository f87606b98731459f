package com.estate.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;

/** Plain unit tests, no Spring context: which problem each failure becomes, and in which language. */
class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper(FieldMessages.standard(), 262_144);
    private final MockServerWebExchange exchange =
            MockServerWebExchange.from(MockServerHttpRequest.get("/api/things/1"));
    private final MockServerWebExchange english =
            MockServerWebExchange.from(MockServerHttpRequest.get("/api/things/1").header("Accept-Language", "en"));

    @Test
    void aRefusedConnectionDeepInTheCauseChainIs503() {
        Problem problem = mapper.toProblem(exchange,
                new IllegalStateException("wrapped", new ConnectException("Connection refused: /10.0.0.7:8081")));

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.code()).isEqualTo("unavailable");
        assertThat(problem.type()).hasToString("https://estate.local/problems/unavailable");
        assertThat(problem.title()).isEqualTo("服务暂不可用");
        assertThat(problem.detail()).isEqualTo("服务暂不可用，请稍后再试。")
                .doesNotContain("10.0.0.7"); // no internal addresses in client text
    }

    @Test
    void anUnavailableServiceIsNamedWhenTheRouteIsKnown() {
        Route route = Route.async().id("resident-service").uri(URI.create("http://127.0.0.1:8081"))
                .predicate(ex -> true).build();
        exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR, route);
        english.getAttributes().put(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR, route);
        Throwable refused = new ConnectException("Connection refused");

        assertThat(mapper.toProblem(exchange, refused).detail())
                .isEqualTo("服务 resident-service 暂不可用，请稍后再试。");
        assertThat(mapper.toProblem(english, refused).detail())
                .isEqualTo("The service resident-service is unavailable; try again shortly.");
    }

    @Test
    void aTimeoutIs504() {
        Problem problem = mapper.toProblem(exchange, new TimeoutException());
        assertThat(problem.status()).isEqualTo(504);
        assertThat(problem.code()).isEqualTo("gateway-timeout");
        assertThat(problem.title()).isEqualTo("上游服务超时");
    }

    @Test
    void anOversizeBodyIs413AndStatesTheLimit() {
        Throwable tooLarge = new ServerWebInputException("x", null, new DataBufferLimitException("limit 262144"));

        Problem problem = mapper.toProblem(english, tooLarge);
        assertThat(problem.status()).isEqualTo(413);
        assertThat(problem.code()).isEqualTo("body-too-large");
        assertThat(problem.detail()).isEqualTo("The request body exceeds the limit of 262,144 bytes.");
    }

    @Test
    void aDecodingFailureWithoutAParserCauseOnANonBodyParameterIsABadRequest() {
        Problem problem = mapper.toProblem(exchange,
                new ServerWebInputException("x", null, new DecodingException("no body")));
        assertThat(problem.code()).isEqualTo("bad-request");
    }

    @Test
    void a405SaysSoWithoutEchoingTheMethod() {
        Problem problem = mapper.toProblem(english,
                new MethodNotAllowedException("TRACE", List.of(HttpMethod.POST)));
        assertThat(problem.code()).isEqualTo("method-not-allowed");
        assertThat(problem.title()).isEqualTo("Method not allowed");
        assertThat(problem.detail()).isNotBlank();
    }

    @Test
    void aStatusWithoutAKindKeepsItsStatusAndIsABadRequestAsInTheServices() {
        Problem problem = mapper.toProblem(exchange, new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS));

        assertThat(problem.status()).isEqualTo(429);
        assertThat(problem.code()).isEqualTo("bad-request");
        assertThat(problem.type()).hasToString("https://estate.local/problems/bad-request");
        assertThat(problem.title()).isEqualTo("请求无效");
    }

    @Test
    void a5xxStatusWithoutAKindIsInternal() {
        Problem problem = mapper.toProblem(exchange, new ResponseStatusException(HttpStatus.NOT_IMPLEMENTED));
        assertThat(problem.status()).isEqualTo(501);
        assertThat(problem.code()).isEqualTo("internal");
    }

    @Test
    void aBare404NamesNoResourceAtThePath() {
        Problem problem = mapper.toProblem(english, new ResponseStatusException(HttpStatus.NOT_FOUND));
        assertThat(problem.code()).isEqualTo("not-found");
        assertThat(problem.detail()).isEqualTo("Nothing is served at this path.");
    }

    @Test
    void aProblemExceptionIsAnsweredWithItsKind() {
        Problem problem = mapper.toProblem(exchange, new ProblemException(ProblemKind.INVALID_CREDENTIALS));
        assertThat(problem.status()).isEqualTo(401);
        assertThat(problem.code()).isEqualTo("invalid-credentials");
        assertThat(problem.title()).isEqualTo("用户名或密码错误");
    }

    @Test
    void anythingUnexpectedIsAGeneric500WithoutTheMessage() {
        Problem problem = mapper.toProblem(exchange, new NullPointerException("secret internals"));

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.code()).isEqualTo("internal");
        assertThat(problem.title()).isEqualTo("内部错误");
        assertThat(problem.detail()).doesNotContain("secret");
        assertThat(problem.instance()).isEqualTo("/api/things/1");
    }
}
