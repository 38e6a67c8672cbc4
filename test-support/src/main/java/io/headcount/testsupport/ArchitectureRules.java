package io.headcount.testsupport;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering every service keeps; each service checks them with a three-line ArchUnit test. */
public final class ArchitectureRules {

    /** Domain models are plain Java: no framework, no store, no JSON library. */
    @ArchTest
    public static final ArchRule DOMAIN_MODELS_ARE_PLAIN_JAVA = noClasses()
            .that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..",
                    "com.mongodb..", "tools.jackson..", "com.fasterxml..", "org.apache.kafka..", "jakarta..")
            .because("the domain model is plain Java, testable without Spring or MongoDB");

    /** Controllers talk to application services, never to the store. */
    @ArchTest
    public static final ArchRule WEB_DOES_NOT_USE_INFRASTRUCTURE = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAnyPackage("..infrastructure..", "org.springframework.data..")
            .because("controllers go through the application layer");

    /** The application layer depends on ports, not on MongoDB. */
    @ArchTest
    public static final ArchRule APPLICATION_DOES_NOT_USE_THE_STORE = noClasses()
            .that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("..infrastructure..", "org.springframework.data..",
                    "com.mongodb..", "org.bson..")
            .because("the application layer reaches the store through repository ports");

    /** The domain model knows nothing of use cases, HTTP, stores or consumers. */
    @ArchTest
    public static final ArchRule MODELS_DO_NOT_USE_APPLICATION_OR_WEB = noClasses()
            .that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..", "..web..", "..infrastructure..",
                    "io.headcount.*.*.events..")
            .because("the model is the core: use cases, controllers, stores and consumers depend on it, not the "
                    + "reverse");

    /** Every event consumer is a {@code <Feature>EventConsumer} in its feature's {@code events} package. */
    @ArchTest
    public static final ArchRule EVENT_CONSUMERS_ARE_NAMED_AND_PLACED_ALIKE = classes()
            .that().implement("io.headcount.plumbing.consumer.EventSubscriber")
            .should().haveSimpleNameEndingWith("EventConsumer").andShould().resideInAPackage("..events")
            .because("a newcomer finds what reacts to an event in <feature>/events/<Feature>EventConsumer");

    /** Feature packages ({@code <service>.<feature>}) depend on each other in one direction only. */
    @ArchTest
    public static final ArchRule FEATURES_ARE_FREE_OF_CYCLES = com.tngtech.archunit.library.dependencies
            .SlicesRuleDefinition.slices().matching("io.headcount.(*).(*)..").namingSlices("$2")
            .should().beFreeOfCycles()
            .because("a feature that needs another's news asks through a port it owns, or listens to an event");

    /**
     * Feature packages are modules: a feature uses another one's model and application ports, never its
     * infrastructure (a feature is {@code <service>.<feature>.<layer>}).
     */
    @ArchTest
    public static final ArchRule FEATURES_DO_NOT_REACH_INTO_ANOTHERS_INFRASTRUCTURE = classes()
            .should(new ArchCondition<JavaClass>("not depend on another feature's infrastructure") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String feature = featureOf(origin.getPackageName());
                    origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                        String target = dependency.getTargetClass().getPackageName();
                        if (target.endsWith(".infrastructure") && feature != null
                                && !feature.equals(featureOf(target))) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    });
                }
            })
            .because("one feature reaches another through its application ports");

    /**
     * {@code MongoTemplate.exists} is a count aggregation: the embedded store answers it by reading the whole
     * collection (it was a full scan of {@code processed_events} per consumed event). Find the document by id instead.
     */
    @ArchTest
    public static final ArchRule NO_EXISTS_BY_COUNT = noClasses()
            .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("MongoTemplate.exists",
                    call -> call.getTargetOwner().isAssignableTo("org.springframework.data.mongodb.core.MongoOperations")
                            && call.getName().equals("exists")))
            .because("exists() counts with an aggregation that ignores indexes on the embedded store; find by id");

    private static String featureOf(String packageName) {
        for (String layer : new String[] {".model", ".application", ".infrastructure", ".web", ".events"}) {
            int at = packageName.lastIndexOf(layer);
            if (at > 0 && (packageName.length() == at + layer.length()
                    || packageName.charAt(at + layer.length()) == '.')) {
                return packageName.substring(0, at);
            }
        }
        return null;
    }

    private ArchitectureRules() {
    }
}
