package io.headcount.insights;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.headcount.testsupport.ArchitectureRules;

@AnalyzeClasses(packages = "io.headcount.insights", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_models_are_plain_java = ArchitectureRules.DOMAIN_MODELS_ARE_PLAIN_JAVA;
    @ArchTest
    static final ArchRule web_does_not_use_infrastructure = ArchitectureRules.WEB_DOES_NOT_USE_INFRASTRUCTURE;
    @ArchTest
    static final ArchRule application_does_not_use_the_store = ArchitectureRules.APPLICATION_DOES_NOT_USE_THE_STORE;
    @ArchTest
    static final ArchRule models_do_not_use_application_or_web = ArchitectureRules.MODELS_DO_NOT_USE_APPLICATION_OR_WEB;
    @ArchTest
    static final ArchRule features_do_not_reach_into_anothers_infrastructure =
            ArchitectureRules.FEATURES_DO_NOT_REACH_INTO_ANOTHERS_INFRASTRUCTURE;
}
