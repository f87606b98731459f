package com.estate.testsupport;

import org.springframework.boot.SpringBootConfiguration;

/** The smallest Boot application, so the annotation's wiring can be tested without any service. */
@SpringBootConfiguration
class TestApplication {
}
