package com.estate.workorder;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Repairs and work orders, dispatch, paid and convenience services, return visits, patrols, duty log and shift handover. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WorkorderServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(WorkorderServiceApplication.class, args);
    }
}
