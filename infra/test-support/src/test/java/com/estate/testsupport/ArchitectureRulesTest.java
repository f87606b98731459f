package com.estate.testsupport;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Each rule against a small package that keeps it and one that breaks it. */
class ArchitectureRulesTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter()
            .importPackages("com.estate.archfixture", "com.estate.billing.archfixture");

    @Test
    void aServiceThatKeepsTheRulesPasses() {
        assertThatCode(() -> ArchitectureRules.check("com.estate.archfixture.clean", FIXTURES))
                .doesNotThrowAnyException();
    }

    @Test
    void aDomainClassUsingSpringIsRefused() {
        assertThatThrownBy(() -> ArchitectureRules.check("com.estate.archfixture.springdomain", FIXTURES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("domain packages are plain Java")
                .hasMessageContaining("org.springframework.util.Assert");
    }

    @Test
    void aFeatureUsingAnotherFeaturesWebClassIsRefused() {
        assertThatThrownBy(() -> ArchitectureRules.check("com.estate.archfixture.crossfeature", FIXTURES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("used by that feature only")
                .hasMessageContaining("Invoices");
    }

    @Test
    void aServiceUsingAnotherServicesClassIsRefused() {
        assertThatThrownBy(() -> ArchitectureRules.check("com.estate.archfixture.crossservice", FIXTURES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no service uses another service's classes")
                .hasMessageContaining("com.estate.billing.archfixture.Account");
    }
}
