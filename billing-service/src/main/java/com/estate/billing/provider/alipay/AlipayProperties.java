package com.estate.billing.provider.alipay;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Alipay (open platform, RSA2 signatures, face-to-face QR payment {@code alipay.trade.precreate}). Off by default;
 * when enabled it takes the {@code ALIPAY} channel instead of the simulated provider.
 *
 * @param gatewayUrl      the open platform's gateway
 * @param appId           the app id (also checked on every callback)
 * @param appPrivateKey   the app's private key, PKCS#8 PEM (signs requests)
 * @param alipayPublicKey Alipay's public key, X.509 PEM (verifies callbacks and answers)
 * @param notifyBaseUrl   the public address Alipay reaches billing at (the gateway), prefixed to the callback path
 * @param timeout         how long a request may take before the provider counts as unavailable
 */
@ConfigurationProperties("app.billing.providers.alipay")
public record AlipayProperties(@DefaultValue("false") boolean enabled,
        @DefaultValue("https://openapi.alipay.com/gateway.do") String gatewayUrl, String appId, String appPrivateKey,
        String alipayPublicKey, @DefaultValue("") String notifyBaseUrl, @DefaultValue("10s") Duration timeout) {
}
