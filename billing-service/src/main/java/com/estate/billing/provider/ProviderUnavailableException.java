package com.estate.billing.provider;

import com.estate.platform.problem.ProblemException;
import java.util.Map;

/** The provider refused or did not answer in time: the payer tries again later (503 with Retry-After). */
public class ProviderUnavailableException extends ProblemException {

    public ProviderUnavailableException(String provider, String why) {
        super("payment-provider-unavailable", "payment provider unavailable: " + why, provider);
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", "30");
    }
}
