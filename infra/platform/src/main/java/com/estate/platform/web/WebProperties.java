package com.estate.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBodySize the largest request body any endpoint accepts
 * @param maxPageSize the largest page any list serves; a larger {@code size} is a 400 ({@link PageRequests})
 */
@ConfigurationProperties("app.web")
public record WebProperties(@DefaultValue("256KB") DataSize maxBodySize, @DefaultValue("200") int maxPageSize) {
}
