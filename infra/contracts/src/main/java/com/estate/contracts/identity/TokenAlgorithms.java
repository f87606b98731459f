package com.estate.contracts.identity;

import java.util.List;
import java.util.Set;

/**
 * The signature algorithms an access token may use ({@code app.security.jws-algorithms}, RS256 by default).
 * Only public-key algorithms are allowed: with an HMAC algorithm in the list, anyone holding the published
 * key could sign (the classic algorithm-confusion forgery), and {@code none} would need no signature at all.
 */
public final class TokenAlgorithms {

    public static final List<String> DEFAULT = List.of("RS256");

    private static final Set<String> ASYMMETRIC = Set.of(
            "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512");

    private TokenAlgorithms() {
    }

    /** The configured names, checked; the default when none are configured. */
    public static List<String> require(List<String> configured) {
        if (configured == null || configured.isEmpty()) {
            return DEFAULT;
        }
        for (String name : configured) {
            if (!ASYMMETRIC.contains(name)) {
                throw new IllegalArgumentException("app.security.jws-algorithms: " + name
                        + " is not allowed; use public-key algorithms only, one of " + ASYMMETRIC.stream().sorted().toList());
            }
        }
        return List.copyOf(configured);
    }
}
