package com.estate.billing.provider.wechat;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * WeChat Pay (API v3, Native payment: the payer scans a QR code). Off by default; when enabled it takes the
 * {@code WECHAT_PAY} channel instead of the simulated provider.
 *
 * @param baseUrl            the API host
 * @param mchId              the merchant id (商户号)
 * @param appId              the app id bound to the merchant
 * @param merchantSerialNo   the serial number of the merchant's API certificate (named in every request signature)
 * @param merchantPrivateKey the merchant's API private key, PKCS#8 PEM (signs requests)
 * @param platformPublicKey  WeChat Pay's public key, X.509 PEM (verifies callbacks and responses)
 * @param platformSerial     the serial or id of that key, as {@code Wechatpay-Serial} names it
 * @param apiV3Key           the 32-byte APIv3 key (decrypts a callback's resource, AES-256-GCM)
 * @param notifyBaseUrl      the public address providers reach billing at (the gateway), prefixed to the callback path
 * @param timeout            how long a request to WeChat Pay may take before the provider counts as unavailable
 * @param maxClockSkew       how old a callback's timestamp may be
 */
@ConfigurationProperties("app.billing.providers.wechat-pay")
public record WeChatPayProperties(@DefaultValue("false") boolean enabled,
        @DefaultValue("https://api.mch.weixin.qq.com") String baseUrl, String mchId, String appId,
        String merchantSerialNo, String merchantPrivateKey, String platformPublicKey, String platformSerial,
        String apiV3Key, @DefaultValue("") String notifyBaseUrl, @DefaultValue("10s") Duration timeout,
        @DefaultValue("5m") Duration maxClockSkew) {
}
