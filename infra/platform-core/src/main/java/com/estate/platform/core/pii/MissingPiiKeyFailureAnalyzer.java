package com.estate.platform.core.pii;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says at start-up which personal-data key is missing and how to give it, instead of a bean creation stack. */
public class MissingPiiKeyFailureAnalyzer extends AbstractFailureAnalyzer<MissingPiiKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingPiiKeyException cause) {
        return new FailureAnalysis("Personal data cannot be protected: " + cause.getMessage(),
                "Set app.pii.keys.<key-id> (a base64-encoded 32-byte AES key, e.g. APP_PII_KEYS_K1), app.pii.current-key "
                        + "(the key id new values are encrypted with) and app.pii.lookup-key (a base64-encoded "
                        + "HMAC key of at least 32 bytes). ./suite generates them per state directory; generate one "
                        + "with: head -c 32 /dev/urandom | base64",
                cause);
    }
}
