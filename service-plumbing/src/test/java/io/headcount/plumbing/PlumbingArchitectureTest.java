package io.headcount.plumbing;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "io.headcount.plumbing", importOptions = ImportOption.DoNotIncludeTests.class)
class PlumbingArchitectureTest {

    /** Domain packages of every service may throw these, so they must stay plain Java. */
    @ArchTest
    static final ArchRule domain_exceptions_are_plain_java = noClasses()
            .that().resideInAPackage("io.headcount.plumbing.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..",
                    "com.mongodb..", "tools.jackson..", "org.apache.kafka..");

    @ArchTest
    static final ArchRule no_exists_by_count = io.headcount.testsupport.ArchitectureRules.NO_EXISTS_BY_COUNT;
}
