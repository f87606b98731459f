package com.estate.gateway.web;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import com.estate.gateway.problem.ProblemException;
import com.estate.gateway.problem.ProblemKind;
import com.estate.gateway.problem.ProblemWriter;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies over {@code app.routes.max-body-size} (file uploads: {@code max-upload-size}) with a 413
 * problem. A declared
 * {@code Content-Length} over the limit is refused at once, before authentication or routing, so nothing reads
 * it; a body streamed without a length is counted as it passes and cut off at the limit (the error handler then
 * answers 413, as long as nothing of the response went out yet). Runs right after the request id is assigned.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class BodySizeLimitFilter implements WebFilter {

    private final long maxBodyBytes;
    private final long maxUploadBytes;
    private final RequestLimitsProperties limits;
    private final ProblemWriter writer;

    public BodySizeLimitFilter(RequestLimitsProperties properties, ProblemWriter writer) {
        this.maxBodyBytes = properties.maxBodySize().toBytes();
        this.maxUploadBytes = properties.maxUploadSize().toBytes();
        this.limits = properties;
        this.writer = writer;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long maxBytes = limits.isUpload(exchange.getRequest()) ? maxUploadBytes : maxBodyBytes;
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBytes) {
            return writer.write(exchange, ProblemKind.BODY_TOO_LARGE, maxBytes);
        }
        if (declared >= 0) {
            return chain.filter(exchange); // the server does not read past a declared length
        }
        ServerHttpRequest counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong seen = new AtomicLong();
                return super.getBody().map(buffer -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                        DataBufferUtils.release(buffer);
                        throw new ProblemException(ProblemKind.BODY_TOO_LARGE, maxBytes);
                    }
                    return buffer;
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }
}
