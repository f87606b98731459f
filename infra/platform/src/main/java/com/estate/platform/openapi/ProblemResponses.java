package com.estate.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Documents the one error shape every service answers with (com.estate.platform.web.ProblemAdvice and the
 * security handlers): an RFC 9457 problem, as the {@code default} response of every operation. The status codes
 * an operation can answer differ per operation; the body never does.
 */
class ProblemResponses implements OpenApiCustomizer {

    static final String SCHEMA = "Problem";
    static final String MEDIA_TYPE = "application/problem+json";

    @Override
    public void customise(OpenAPI openApi) {
        openApi.schema(SCHEMA, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            if (operation.getResponses() != null && !operation.getResponses().containsKey("default")) {
                operation.getResponses().addApiResponse("default", problemResponse());
            }
        }));
    }

    private static ApiResponse problemResponse() {
        return new ApiResponse()
                .description("An error, as an RFC 9457 problem; title and detail follow Accept-Language "
                        + "(zh-CN by default)")
                .content(new Content().addMediaType(MEDIA_TYPE,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))));
    }

    private static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the invalid field, e.g. name or items[0].qty"))
                .addProperty("message", new StringSchema().description("what the field expects"));
        return new ObjectSchema()
                .description("RFC 9457 problem details with the suite's machine-readable code")
                .addProperty("type", new StringSchema().format("uri")
                        .description("stable URI of the problem kind, e.g. https://estate.local/problems/not-found"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("code", new StringSchema().description("machine-readable code, e.g. validation"))
                .addProperty("errors", new ArraySchema().items(fieldError)
                        .description("every invalid field, for validation problems"))
                .required(List.of("type", "title", "status", "code"));
    }
}
