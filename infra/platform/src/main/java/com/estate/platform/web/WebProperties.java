package com.estate.platform.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBodySize           the largest request body any endpoint accepts
 * @param maxPageSize           the largest page any list serves; a larger {@code size} is a 400 ({@link PageRequests})
 * @param maxConcurrentRequests requests an instance handles at once; more wait ({@link ConcurrentRequestLimitFilter})
 * @param overloadWait          how long a request waits for one of those slots before it is answered 503
 */
@ConfigurationProperties("app.web")
public record WebProperties(@DefaultValue("256KB") DataSize maxBodySize, @DefaultValue("200") int maxPageSize,
        @DefaultValue("64") int maxConcurrentRequests, @DefaultValue("2s") Duration overloadWait) {
}
