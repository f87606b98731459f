package com.estate.billing.receipt;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param timeZone the business time zone in which a receipt's year (its numbering) and printed dates are read
 * @param issuer   the office printed as the receipt's issuer
 */
@ConfigurationProperties("app.billing.receipts")
public record ReceiptProperties(@DefaultValue("Asia/Shanghai") ZoneId timeZone,
        @DefaultValue("物业服务中心") String issuer) {
}
