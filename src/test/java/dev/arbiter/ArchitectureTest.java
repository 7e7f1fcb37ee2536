package dev.arbiter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency direction of DESIGN.md and STYLE.md section 2, each rule named as a sentence. */
@AnalyzeClasses(packages = "dev.arbiter", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule model_should_not_depend_on_any_other_capability = noClasses()
            .that().resideInAPackage("dev.arbiter.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.arbiter.ingest..", "dev.arbiter.warehouse..", "dev.arbiter.economics..",
                    "dev.arbiter.policy..", "dev.arbiter.decide..", "dev.arbiter.govern..",
                    "dev.arbiter.execute..", "dev.arbiter.customers..", "dev.arbiter.insights..",
                    "dev.arbiter.report..", "dev.arbiter.web..", "dev.arbiter.cli..", "dev.arbiter.demo..");

    @ArchTest
    static final ArchRule computing_capabilities_should_not_touch_the_outside_world = noClasses()
            .that().resideInAnyPackage(
                    "dev.arbiter.model", "dev.arbiter.economics", "dev.arbiter.decide",
                    "dev.arbiter.insights", "dev.arbiter.customers", "dev.arbiter.policy", "dev.arbiter.govern")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "java.sql..", "java.nio.file..", "java.net..", "org.duckdb..", "io.javalin..", "picocli..");

    @ArchTest
    static final ArchRule decisions_governance_and_reports_should_depend_only_inward = noClasses()
            .that().resideInAnyPackage("dev.arbiter.decide..", "dev.arbiter.govern..", "dev.arbiter.report..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.arbiter.ingest..", "dev.arbiter.execute..", "dev.arbiter.web..",
                    "dev.arbiter.cli..", "dev.arbiter.demo..");

    @ArchTest
    static final ArchRule economics_should_depend_only_on_model_and_warehouse = noClasses()
            .that().resideInAPackage("dev.arbiter.economics..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.arbiter.ingest..", "dev.arbiter.policy..", "dev.arbiter.decide..",
                    "dev.arbiter.govern..", "dev.arbiter.execute..", "dev.arbiter.report..",
                    "dev.arbiter.web..", "dev.arbiter.cli..", "dev.arbiter.demo..");

    @ArchTest
    static final ArchRule only_the_cli_should_use_picocli = noClasses()
            .that().resideOutsideOfPackage("dev.arbiter.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule only_the_web_should_use_javalin = noClasses()
            .that().resideOutsideOfPackage("dev.arbiter.web..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "gg.jte..");

    @ArchTest
    static final ArchRule only_the_warehouse_and_jdbc_adapters_should_use_java_sql = noClasses()
            .that().resideOutsideOfPackages(
                    "dev.arbiter.warehouse..", "dev.arbiter..jdbc..", "dev.arbiter.cli..", "dev.arbiter.web..",
                    "dev.arbiter.ingest..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..");

    @ArchTest
    static final ArchRule capability_slices_should_be_free_of_cycles =
            slices().matching("dev.arbiter.(*)..").should().beFreeOfCycles();
}
