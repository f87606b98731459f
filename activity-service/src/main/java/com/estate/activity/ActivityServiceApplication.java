package com.estate.activity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Community activities and sign-ups, bulletin board, announcements, and the residents' notification inbox. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ActivityServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ActivityServiceApplication.class, args);
    }
}
