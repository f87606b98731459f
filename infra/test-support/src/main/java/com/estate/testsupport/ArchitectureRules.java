package com.estate.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a service's inside, checked on its compiled classes (infra/ARCHITECTURE.md §1): package by feature,
 * then by layer.
 * <ul>
 *   <li>{@code domain} packages are plain Java: no Spring, no MongoDB, no JSON mapping;</li>
 *   <li>a feature's {@code web} (controllers, requests, responses) and {@code persistence} (documents,
 *       repositories) are its own: no other feature uses them, it asks the feature's own classes instead;</li>
 *   <li>no service uses another service's classes (they talk by events).</li>
 * </ul>
 */
public final class ArchitectureRules {

    private static final List<String> SERVICES = List.of("resident", "workorder", "complaint", "billing", "activity");

    private ArchitectureRules() {
    }

    /** @param servicePackage the service's root package, e.g. {@code com.estate.billing} */
    public static void check(String servicePackage) {
        check(servicePackage, new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage));
    }

    static void check(String servicePackage, JavaClasses classes) {
        for (ArchRule rule : rules(servicePackage)) {
            rule.check(classes);
        }
    }

    static List<ArchRule> rules(String servicePackage) {
        String[] otherServices = SERVICES.stream().map(name -> "com.estate." + name)
                .filter(root -> !root.equals(servicePackage)).map(root -> root + "..").toArray(String[]::new);
        return List.of(
                noClasses().that().resideInAPackage(servicePackage + "..domain..")
                        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                                "org.bson..", "tools.jackson..", "jakarta.servlet..")
                        .as("domain packages are plain Java")
                        .allowEmptyShould(true),
                classes().that().resideInAnyPackage(servicePackage + ".*.web..", servicePackage + ".*.persistence..")
                        .should(beUsedOnlyWithinTheirFeature(servicePackage))
                        .as("a feature's web and persistence classes are used by that feature only")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(servicePackage + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(otherServices)
                        .as("no service uses another service's classes")
                        .allowEmptyShould(true));
    }

    private static ArchCondition<JavaClass> beUsedOnlyWithinTheirFeature(String servicePackage) {
        return new ArchCondition<>("be used only within their feature") {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                Optional<String> feature = feature(servicePackage, target);
                for (Dependency dependency : target.getDirectDependenciesToSelf()) {
                    JavaClass origin = dependency.getOriginClass();
                    Optional<String> originFeature = feature(servicePackage, origin);
                    if (originFeature.isPresent() && !originFeature.equals(feature)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** The package segment after the service's root: {@code unit} for {@code com.estate.resident.unit.web.X}. */
    private static Optional<String> feature(String servicePackage, JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(servicePackage + ".")) {
            return Optional.empty();
        }
        String rest = name.substring(servicePackage.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
