package com.estate.gateway.web;

import jakarta.validation.constraints.NotNull;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The largest request bodies the gateway accepts (413 {@code body-too-large} beyond them), checked before the body
 * is read or forwarded.
 *
 * @param maxBodySize   on any route
 * @param maxUploadSize on a file upload: a {@code POST} to one of {@code uploadPaths}; the services' largest
 *                      attachment kind plus room for the form (infra/ARCHITECTURE.md §12)
 * @param uploadPaths   Ant patterns of the upload endpoints, as the services' {@code app.attachments.upload-paths}
 */
@Validated
@ConfigurationProperties("app.routes")
public record RequestLimitsProperties(@NotNull DataSize maxBodySize, @DefaultValue("201MB") DataSize maxUploadSize,
        @DefaultValue("/api/**/attachments") List<String> uploadPaths) {

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    /** Whether a request is a file upload: a {@code POST} to one of {@link #uploadPaths}. */
    public boolean isUpload(ServerHttpRequest request) {
        String path = request.getPath().pathWithinApplication().value();
        return HttpMethod.POST.equals(request.getMethod())
                && uploadPaths.stream().anyMatch(pattern -> PATHS.match(pattern, path));
    }
}
