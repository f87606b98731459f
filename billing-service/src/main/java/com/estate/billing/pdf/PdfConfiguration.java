package com.estate.billing.pdf;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One printer for the service; reading the fonts at start-up makes a build without them fail at once. */
@Configuration(proxyBeanMethods = false)
class PdfConfiguration {

    @Bean
    DocumentPrinter documentPrinter() {
        return new DocumentPrinter(PdfFonts.fromClasspath());
    }
}
