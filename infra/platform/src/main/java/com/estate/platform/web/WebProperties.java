package com.estate.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxBodySize the largest request body any endpoint accepts */
@ConfigurationProperties("app.web")
public record WebProperties(@DefaultValue("256KB") DataSize maxBodySize) {
}
