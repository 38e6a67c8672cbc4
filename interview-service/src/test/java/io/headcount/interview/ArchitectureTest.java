package io.headcount.interview;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.headcount.testsupport.ArchitectureRules;

/** The shared rules of every service: plain domain models, no web→store or application→store, features as modules. */
@AnalyzeClasses(packages = "io.headcount.interview", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests service_rules = ArchTests.in(ArchitectureRules.class);
}
