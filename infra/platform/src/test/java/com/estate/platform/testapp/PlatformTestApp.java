package com.estate.platform.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service built on the platform, to test what every real service gets from it. */
@SpringBootApplication
public class PlatformTestApp {
}
