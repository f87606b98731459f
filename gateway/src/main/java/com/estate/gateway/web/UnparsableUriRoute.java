package com.estate.gateway.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.reactor.netty.NettyRouteProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import com.estate.contracts.problems.ProblemCatalog;
import com.estate.contracts.problems.ProblemLanguages;
import com.estate.gateway.problem.Problem;
import com.estate.gateway.problem.ProblemKind;

import io.netty.handler.codec.http.HttpResponseStatus;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerRoutes;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request target that is not a URI at all (invalid percent-encoding such as {@code /api/a%zz}) never becomes a
 * Spring exchange: Spring's Reactor adapter cannot build its URI and answers an empty 400 before any filter runs.
 * This route, ahead of the application in Reactor Netty's routing, answers those with the problem document every
 * other refusal gets (without a request id or instance: no exchange exists to carry them).
 */
@Component
class UnparsableUriRoute implements NettyRouteProvider {

    private final JsonMapper json;

    UnparsableUriRoute(JsonMapper json) {
        this.json = json;
    }

    @Override
    public HttpServerRoutes apply(HttpServerRoutes routes) {
        return routes.route(UnparsableUriRoute::unparsable, (request, response) -> {
            Locale locale = ProblemLanguages.of(
                    String.join(",", request.requestHeaders().getAll(HttpHeaders.ACCEPT_LANGUAGE)));
            ProblemKind kind = ProblemKind.BAD_REQUEST;
            Problem problem = new Problem(kind.type(), kind.title(locale), kind.status().value(),
                    ProblemCatalog.message("problem.bad-request.detail.refused", locale), kind.code(), null, null,
                    List.of());
            byte[] body = json.writeValueAsBytes(problem);
            return response.status(HttpResponseStatus.BAD_REQUEST)
                    .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                    .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                    .header(HttpHeaders.CONNECTION, "close")
                    .sendByteArray(Mono.just(body))
                    .then();
        });
    }

    /** What Spring's adapter would fail on: the request target does not parse as a URI. */
    static boolean unparsable(HttpServerRequest request) {
        try {
            new URI(request.uri());
            return false;
        } catch (URISyntaxException e) {
            return true;
        }
    }
}
