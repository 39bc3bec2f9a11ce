package dev.bahi.tenant;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.bind.annotation.RestController;

/** The hexagon's rules for the tenant context, over its main classes (tests may cross layers). */
@AnalyzeClasses(packages = "dev.bahi.tenant", importOptions = ImportOption.DoNotIncludeTests.class)
class TenantArchitectureTest {

    @ArchTest
    static final ArchRule domain_knows_only_java_the_kernel_its_api_and_axon_modelling = classes()
            .that().resideInAPackage("dev.bahi.tenant.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "dev.bahi.tenant.domain..", "dev.bahi.tenant.api..", "dev.bahi.platform.kernel..",
                    "org.axonframework.modelling..", "org.axonframework.eventsourcing..",
                    // @CommandHandler lives in axon-messaging; @Aggregate is Axon's stereotype for aggregates.
                    "org.axonframework.commandhandling", "org.axonframework.spring.stereotype");

    @ArchTest
    static final ArchRule application_never_uses_adapters = noClasses()
            .that().resideInAPackage("dev.bahi.tenant.application..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.bahi.tenant.adapter..", "dev.bahi.tenant.config..");

    @ArchTest
    static final ArchRule application_is_plain_java_with_axon = noClasses()
            .that().resideInAPackage("dev.bahi.tenant.application..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..",
                    "com.fasterxml.jackson..", "dev.bahi.platform.runtime..");

    @ArchTest
    static final ArchRule inbound_adapters_do_not_use_outbound_ones = noClasses()
            .that().resideInAPackage("dev.bahi.tenant.adapter.in..")
            .should().dependOnClassesThat().resideInAPackage("dev.bahi.tenant.adapter.out..");

    @ArchTest
    static final ArchRule outbound_adapters_do_not_use_inbound_ones = noClasses()
            .that().resideInAPackage("dev.bahi.tenant.adapter.out..")
            .should().dependOnClassesThat().resideInAPackage("dev.bahi.tenant.adapter.in..");

    @ArchTest
    static final ArchRule controllers_live_in_the_web_adapter = classes()
            .that().areAnnotatedWith(RestController.class)
            .should().resideInAPackage("dev.bahi.tenant.adapter.in.web..");

    @ArchTest
    static final ArchRule mongo_is_used_only_by_the_persistence_adapter = noClasses()
            .that().resideOutsideOfPackages("dev.bahi.tenant.adapter.out.persistence..", "dev.bahi.tenant.config..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data..", "com.mongodb..");

    @ArchTest
    static final ArchRule the_api_is_records_and_enums = classes()
            .that().resideInAPackage("dev.bahi.tenant.api..").and().areNotInterfaces()
            .and().doNotHaveSimpleName("package-info")
            .should().beRecords().orShould().beEnums();
}
