package com.estate.billing.provider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** What every adapter checks the same way: a callback's timestamp is recent, and where the provider is to call. */
public final class CallbackChecks {

    private CallbackChecks() {
    }

    /**
     * @param epochSeconds the callback's signed timestamp
     * @throws InvalidCallbackException when it is unreadable or further than {@code maxSkew} from now (a replay)
     */
    public static void requireFresh(String provider, String epochSeconds, Clock clock, Duration maxSkew) {
        try {
            Instant sent = Instant.ofEpochSecond(Long.parseLong(epochSeconds));
            if (Duration.between(sent, clock.instant()).abs().compareTo(maxSkew) > 0) {
                throw new InvalidCallbackException(provider, "timestamp outside the accepted window");
            }
        } catch (NumberFormatException e) {
            throw new InvalidCallbackException(provider, "timestamp unreadable");
        }
    }

    /** The callback address the provider is given: an absolute one as it is, a path below the public base. */
    public static String absoluteNotifyUrl(String publicBase, String notifyUrl) {
        return notifyUrl.startsWith("https://") || notifyUrl.startsWith("http://") ? notifyUrl
                : publicBase.replaceAll("/+$", "") + notifyUrl;
    }
}
