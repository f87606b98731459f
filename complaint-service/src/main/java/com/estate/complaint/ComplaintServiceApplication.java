package com.estate.complaint;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Complaints, severity deadlines and escalation, contact sheets, return visits, surveys and analysis. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ComplaintServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ComplaintServiceApplication.class, args);
    }
}
