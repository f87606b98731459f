package com.estate.platform.openapi;

import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.security.Caller;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Every service describes its API at {@code /v3/api-docs} (springdoc's default path, open without a token; see
 * ResourceServerAutoConfiguration). The gateway's Swagger UI lists these documents, so they are written for a
 * reader standing at the gateway: one relative server {@code /} (so "Try it out" goes through the gateway, which
 * routes {@code /api/**} to the right service), and one bearer-token scheme required by every operation.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(SpringDocUtils.class)
public class OpenApiAutoConfiguration {

    /** The name of the security scheme; Swagger UI shows it in its "Authorize" dialog. */
    public static final String BEARER = "bearer";

    static {
        // Caller is resolved from the validated token (CallerArgumentResolver), never sent by the client: without
        // this every operation that declares it would document a "caller" query parameter. springdoc keeps this
        // setting globally, so once here covers every controller of every service.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
        // read from its header (IfMatchArgumentResolver) and documented as one by CommandHeaders
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(IfMatch.class);
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI serviceOpenApi(Environment environment) {
        String name = environment.getProperty("spring.application.name", "service");
        // spring.application.version comes from the jar's manifest (Implementation-Version), so it is the build's
        // version when run as a packaged service; run from classes (tests, IDE) there is none.
        String version = environment.getProperty("spring.application.version", "development");
        return new OpenAPI()
                .info(new Info().title(name).version(version)
                        .description("Errors are RFC 9457 problem documents (application/problem+json)."))
                .servers(List.of(new Server().url("/").description("the gateway")))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("An access token from the gateway's POST /auth/login or /auth/login/otp.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    ProblemResponses problemResponses() {
        return new ProblemResponses();
    }

    @Bean
    CommandHeaders commandHeaders() {
        return new CommandHeaders();
    }
}
