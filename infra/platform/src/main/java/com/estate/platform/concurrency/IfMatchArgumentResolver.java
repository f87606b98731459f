package com.estate.platform.concurrency;

import java.util.Collections;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets a controller method declare an {@link IfMatch} parameter; a request without the header answers 428. */
class IfMatchArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == IfMatch.class;
    }

    @Override
    public IfMatch resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        String[] lines = request.getHeaderValues(IfMatch.HEADER);
        if (lines == null || lines.length == 0 || String.join("", lines).isBlank()) {
            throw new PreconditionRequiredException();
        }
        return IfMatch.parse(String.join(",", lines));
    }
}
