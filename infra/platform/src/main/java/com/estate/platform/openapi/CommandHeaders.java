package com.estate.platform.openapi;

import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.idempotency.IdempotentCommand;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents the headers the platform reads for an operation, which springdoc cannot see in its signature: the
 * required {@code If-Match} of an operation that declares {@link IfMatch}, and the optional
 * {@code Idempotency-Key} of an {@link IdempotentCommand}.
 */
class CommandHeaders implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        if (Arrays.stream(handlerMethod.getMethodParameters()).anyMatch(p -> p.getParameterType() == IfMatch.class)) {
            operation.addParametersItem(new HeaderParameter().name(IfMatch.HEADER).required(true)
                    .schema(new StringSchema().example("\"3\""))
                    .description("the ETag the record was read with; a stale one answers 412 with currentEtag, "
                            + "none answers 428"));
        }
        if (handlerMethod.hasMethodAnnotation(IdempotentCommand.class)) {
            operation.addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false)
                    .schema(new StringSchema().minLength(1).maxLength(64))
                    .description("1 to 64 printable ASCII characters; a repeat with the same key and body "
                            + "(within 24 hours by default) gets the first answer again (header "
                            + "Idempotent-Replayed: true) and runs once"));
        }
        return operation;
    }
}
