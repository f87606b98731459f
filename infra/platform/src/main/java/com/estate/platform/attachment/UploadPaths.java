package com.estate.platform.attachment;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.util.AntPathMatcher;

/**
 * The requests that are file uploads: a {@code POST} to one of {@code app.attachments.upload-paths}. Only these
 * may carry bodies up to the largest kind's limit, and only these are parsed as multipart at all, so a multipart
 * body sent anywhere else (even chunked, without a length the body limit could refuse at once) is never spooled.
 */
class UploadPaths {

    private final AntPathMatcher matcher = new AntPathMatcher();
    private final List<String> patterns;

    UploadPaths(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    boolean matches(HttpServletRequest request) {
        return HttpMethod.POST.matches(request.getMethod())
                && patterns.stream().anyMatch(pattern -> matcher.match(pattern, request.getRequestURI()));
    }
}
