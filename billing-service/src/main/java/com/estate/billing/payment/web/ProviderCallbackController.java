package com.estate.billing.payment.web;

import com.estate.billing.payment.PaymentConfirmations;
import com.estate.billing.provider.CallbackAcknowledgement;
import com.estate.billing.provider.CallbackRequest;
import com.estate.billing.provider.PaymentProvider;
import com.estate.billing.provider.PaymentProviders;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A provider's callback. It comes from the provider, not from a user, so it carries no token
 * ({@code app.security.unauthenticated-paths}); the provider's signature is its proof, checked by the adapter
 * before anything is read. The raw body is taken as a string: a signature covers the exact bytes sent.
 */
@RestController
class ProviderCallbackController {

    private final PaymentProviders providers;
    private final PaymentConfirmations confirmations;

    ProviderCallbackController(PaymentProviders providers, PaymentConfirmations confirmations) {
        this.providers = providers;
        this.confirmations = confirmations;
    }

    @PostMapping("/api/billing/payments/callback/{provider}")
    ResponseEntity<String> callback(@PathVariable("provider") String name, @RequestHeader Map<String, String> headers,
            @RequestBody(required = false) String body) {
        PaymentProvider provider = providers.named(name);
        confirmations.apply(provider.name(), provider.verifyCallback(new CallbackRequest(headers, body)));
        CallbackAcknowledgement ack = provider.acknowledgement();
        return ResponseEntity.status(ack.status()).header(HttpHeaders.CONTENT_TYPE, ack.contentType()).body(ack.body());
    }
}
