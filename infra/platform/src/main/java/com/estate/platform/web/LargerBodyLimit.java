package com.estate.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.OptionalLong;

/**
 * Lets some requests (e.g. file uploads) carry bodies larger than {@code app.web.max-body-size}; declared as a
 * bean, asked by the {@link RequestBodyLimitFilter} for each request.
 */
public interface LargerBodyLimit {

    /** The limit for this request, or empty to leave it to the default. */
    OptionalLong limitFor(HttpServletRequest request);
}
