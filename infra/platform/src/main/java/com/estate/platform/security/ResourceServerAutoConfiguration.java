package com.estate.platform.security;

import com.estate.platform.web.ProblemWriter;
import com.estate.platform.web.WebAutoConfiguration;
import java.util.List;
import com.estate.contracts.identity.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service is an OAuth2 resource server: it validates each bearer token again (signature from the issuer's
 * JWKS, cached for {@code app.security.jwk-set-cache-ttl}; RS256 only, {@code iss}, {@code aud}, expiry and
 * not-before), even though the gateway already did (defence in depth). Only health probes and API documents are
 * open, and metrics to scrapers on this machine or on the management port ({@link MetricsScrapeAccess}).
 */
@AutoConfiguration(after = WebAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
@EnableMethodSecurity
public class ResourceServerAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(IssuerKeys.fromJwkSet(properties))
                .jwsAlgorithms(algorithms -> properties.jwsAlgorithms()
                        .forEach(name -> algorithms.add(SignatureAlgorithm.from(name))))
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        aud -> aud != null && aud.contains(properties.audience()))));
        return decoder;
    }

    @Bean
    @ConditionalOnMissingBean
    SecurityFilterChain resourceServerFilterChain(HttpSecurity http, ProblemWriter problemWriter,
            SecurityProperties properties, @Value("${management.server.port:-1}") int managementPort)
            throws Exception {
        ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problemWriter);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**", "/error")
                        .permitAll()
                        .requestMatchers(new MetricsScrapeAccess(managementPort)).permitAll()
                        .requestMatchers(MetricsScrapeAccess.PATH).hasRole(Role.PLATFORM_ADMIN.name())
                        .requestMatchers(unauthenticatedPosts(properties)).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesConverter(new CallerExtractor(properties.claims()))))
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .addFilterBefore(new KeysUnavailableFilter(problemWriter), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @ConditionalOnMissingBean
    RequestRejectedHandler requestRejectedHandler(ProblemWriter problemWriter) {
        return new ProblemRequestRejectedHandler(problemWriter);
    }

    @Bean
    WebMvcConfigurer callerArgumentResolverConfigurer(SecurityProperties properties) {
        CallerExtractor extractor = new CallerExtractor(properties.claims());
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver(extractor));
            }
        };
    }

    /** The configured partner callbacks: POST only, and nothing at all when none is configured. */
    private static RequestMatcher unauthenticatedPosts(SecurityProperties properties) {
        List<RequestMatcher> matchers = properties.unauthenticatedPaths().stream()
                .<RequestMatcher>map(path -> PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, path))
                .toList();
        return matchers.isEmpty() ? request -> false : new OrRequestMatcher(matchers);
    }

    /** {@code roles: ["CS_AGENT"]} becomes the authority {@code ROLE_CS_AGENT}, for {@code hasRole(...)}. */
    private static JwtAuthenticationConverter rolesConverter(CallerExtractor extractor) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> extractor.roles(jwt).stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList());
        return converter;
    }
}
