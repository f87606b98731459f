package com.estate.gateway.sms;

/**
 * The provider did not accept a message (refused it, answered with an error, did not answer in time, or could not
 * be reached). The message names what the provider said (its code and request id) and never the phone number, the
 * code sent or a credential, so it can be logged as it is.
 */
public class SmsDeliveryException extends RuntimeException {

    public SmsDeliveryException(String message) {
        super(message);
    }

    public SmsDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
