package com.estate.resident;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Communities, buildings, units and residents: who lives where, and the events others build on. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ResidentServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ResidentServiceApplication.class, args);
    }
}
