package io.headcount.testsupport;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering every service keeps; each service checks them with a three-line ArchUnit test. */
public final class ArchitectureRules {

    /** Domain models are plain Java: no framework, no store, no JSON library. */
    public static final ArchRule DOMAIN_MODELS_ARE_PLAIN_JAVA = noClasses()
            .that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..",
                    "com.mongodb..", "tools.jackson..", "com.fasterxml..", "org.apache.kafka..", "jakarta..")
            .because("the domain model is plain Java, testable without Spring or MongoDB");

    /** Controllers talk to application services, never to the store. */
    public static final ArchRule WEB_DOES_NOT_USE_INFRASTRUCTURE = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAnyPackage("..infrastructure..", "org.springframework.data..")
            .because("controllers go through the application layer");

    /** The application layer depends on ports, not on MongoDB. */
    public static final ArchRule APPLICATION_DOES_NOT_USE_THE_STORE = noClasses()
            .that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("..infrastructure..", "org.springframework.data..",
                    "com.mongodb..", "org.bson..")
            .because("the application layer reaches the store through repository ports");

    private ArchitectureRules() {
    }
}
