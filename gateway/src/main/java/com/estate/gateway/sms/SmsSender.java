package com.estate.gateway.sms;

import java.time.Duration;

/**
 * The SMS port: sends a one-time login code to a phone. The embedded default writes to a file
 * ({@link FileSmsSender}); a provider adapter is another implementation selected by {@code app.sms.provider}.
 * Called off the event loop; may block.
 */
public interface SmsSender {

    /**
     * @param phoneE164 the full number, e.g. {@code +8613812345678} (never log it whole: see
     *                  {@link com.estate.platform.core.pii.PiiMasks#phone(String)})
     * @param code      the code; never log it
     * @param validFor  how long the code works, for the message text
     */
    void sendLoginCode(String phoneE164, String code, Duration validFor);
}
