package dev.bahi.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Controller;

/**
 * The rules of {@code docs/architecture.md} section 2 (inside a context) and section 1 (dependency direction), over
 * the production classes of every module. ArchUnit's fail-on-empty default is kept on purpose: a rule over a package
 * that does not exist (a misspelt context, a layer that was moved) fails instead of passing silently.
 */
class ArchitectureTest {
    /** Bounded contexts that have code; every per-context rule runs once for each. Add a context when it lands. */
    static final List<String> CONTEXTS =
            List.of("tenant", "identity", "inventory", "sales", "payments", "notifications", "queryprojections");

    /** Base packages of every bounded-context module, with code or not yet: what "another context" can be. */
    static final List<String> ALL_CONTEXTS =
            List.of("tenant", "identity", "inventory", "sales", "payments", "notifications", "queryprojections");

    private static final String KERNEL = "dev.bahi.platform.kernel..";
    private static final String RUNTIME = "dev.bahi.platform.runtime..";
    private static final String APP = "dev.bahi.app..";
    private static final String[] MONGO_AND_SPRING_DATA = {"com.mongodb..", "org.bson..", "org.springframework.data.."};

    private static final class Production {
        /** Production classes only: no test classes, and not the runtime's test-jar fixtures either. */
        static final JavaClasses CLASSES = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.bahi");
    }

    private static JavaClasses bahi() {
        return Production.CLASSES;
    }

    private static String layer(String context, String layer) {
        return "dev.bahi." + context + "." + layer + "..";
    }

    private static Stream<DynamicTest> forEachContext(Function<String, ArchRule> rule) {
        return CONTEXTS.stream().map(context -> {
            ArchRule archRule = rule.apply(context);
            return DynamicTest.dynamicTest(context + ": " + archRule.getDescription(), () -> archRule.check(bahi()));
        });
    }

    // ---- rule 1: a pure domain -------------------------------------------------------------------------------------

    /**
     * Java, the context's own api, the shared kernel and Axon's modelling / event-sourcing / command-handler APIs.
     * Of {@code org.axonframework.commandhandling} only the package itself ({@code @CommandHandler}), not the
     * gateways below it; of Axon's Spring module only its {@code @Aggregate} marker, which is how aggregates are
     * registered (no other Spring type is allowed); of Axon's serialization only {@code @Revision}, which versions an
     * aggregate's snapshots so that snapshots of an older shape are ignored.
     */
    @TestFactory
    Stream<DynamicTest> domain_depends_only_on_java_its_own_api_the_kernel_and_axon_modelling() {
        return forEachContext(context -> classes()
                .that().resideInAPackage(layer(context, "domain"))
                .should().onlyDependOnClassesThat(resideInAnyPackage(
                        "java..",
                        layer(context, "domain"),
                        layer(context, "api"),
                        KERNEL,
                        "org.axonframework.modelling..",
                        "org.axonframework.eventsourcing..",
                        "org.axonframework.commandhandling")
                        .or(equivalentTo(Aggregate.class))
                        .or(equivalentTo(org.axonframework.serialization.Revision.class))
                        .as("reside in java.., its own domain and api, the kernel, Axon modelling / event sourcing"
                                + " / @CommandHandler, or are Axon's @Aggregate or @Revision")));
    }

    // ---- rule 2: hexagon directions ------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> application_never_depends_on_adapters() {
        return forEachContext(context -> noClasses()
                .that().resideInAPackage(layer(context, "application"))
                .should().dependOnClassesThat().resideInAPackage("dev.bahi..adapter.."));
    }

    @TestFactory
    Stream<DynamicTest> inbound_adapters_never_depend_on_outbound_adapters() {
        return forEachContext(context -> noClasses()
                .that().resideInAPackage(layer(context, "adapter.in"))
                .should().dependOnClassesThat().resideInAPackage("dev.bahi..adapter.out.."));
    }

    @TestFactory
    Stream<DynamicTest> outbound_adapters_never_depend_on_inbound_adapters() {
        return forEachContext(context -> noClasses()
                .that().resideInAPackage(layer(context, "adapter.out"))
                .should().dependOnClassesThat().resideInAPackage("dev.bahi..adapter.in.."));
    }

    // ---- rule 3: contexts meet only through their published language ---------------------------------------------

    @TestFactory
    Stream<DynamicTest> a_context_reaches_another_context_only_through_its_api() {
        return forEachContext(context -> {
            String[] others = ALL_CONTEXTS.stream().filter(other -> !other.equals(context))
                    .map(other -> "dev.bahi." + other + "..").toArray(String[]::new);
            String[] otherApis = ALL_CONTEXTS.stream().filter(other -> !other.equals(context))
                    .map(other -> layer(other, "api")).toArray(String[]::new);
            return noClasses()
                    .that().resideInAPackage("dev.bahi." + context + "..")
                    .should().dependOnClassesThat(resideInAnyPackage(others).and(not(resideInAnyPackage(otherApis)))
                            .as("belong to another context outside its api"));
        });
    }

    @Test
    void no_cycles_between_contexts_or_between_a_context_and_the_platform() {
        slices().matching("dev.bahi.(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .check(bahi());
    }

    // ---- section 1: app -> contexts -> runtime -> kernel ----------------------------------------------------------

    @Test
    void the_kernel_depends_on_nothing_of_bahi_but_itself() {
        noClasses().that().resideInAPackage(KERNEL)
                .should().dependOnClassesThat(resideInAPackage("dev.bahi..").and(not(resideInAPackage(KERNEL)))
                        .as("belong to Bahi outside the kernel"))
                .check(bahi());
    }

    @Test
    void the_runtime_depends_on_no_context_and_not_on_the_app() {
        noClasses().that().resideInAPackage(RUNTIME)
                .should().dependOnClassesThat(resideInAPackage("dev.bahi..").and(not(resideInAPackage("dev.bahi.platform..")))
                        .as("belong to Bahi outside the platform"))
                .check(bahi());
    }

    @TestFactory
    Stream<DynamicTest> contexts_never_depend_on_the_app() {
        return forEachContext(context -> noClasses()
                .that().resideInAPackage("dev.bahi." + context + "..")
                .should().dependOnClassesThat().resideInAPackage(APP));
    }

    // ---- rule 4: where web and storage technology may appear ------------------------------------------------------

    @Test
    void controllers_live_only_in_inbound_web_adapters() {
        noClasses().that().resideOutsideOfPackage("dev.bahi.*.adapter.in.web..")
                .should().beAnnotatedWith(Controller.class)
                .orShould().beMetaAnnotatedWith(Controller.class)
                .check(bahi());
    }

    @Test
    void mongodb_and_spring_data_types_appear_only_in_persistence_adapters_and_the_runtime() {
        noClasses().that().resideOutsideOfPackages("dev.bahi.*.adapter.out.persistence..", RUNTIME)
                .should().dependOnClassesThat().resideInAnyPackage(MONGO_AND_SPRING_DATA)
                .check(bahi());
    }

    // ---- rule 5: tenant-scoped read models -----------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> read_model_documents_carry_a_tenant_id() {
        return forEachContext(context -> classes()
                .that().resideInAPackage(layer(context, "adapter.out.persistence"))
                .and().areAnnotatedWith(Document.class)
                .should(haveAStringField("tenantId")));
    }

    /**
     * The mechanical half of "every lookup is tenant-scoped": a persistence adapter that talks to MongoDB builds its
     * keys and criteria with {@link TenantKeys} ({@code <tenantId>:<id>} ids, tenant-led criteria and indexes).
     * Whether each single query is scoped is for the adapter's own tests (tenant-isolation tests).
     */
    @TestFactory
    Stream<DynamicTest> persistence_adapters_key_and_query_through_tenant_keys() {
        return forEachContext(context -> classes()
                .that().resideInAPackage(layer(context, "adapter.out.persistence"))
                .and(dependOnDirectly(MongoTemplate.class))
                .should().dependOnClassesThat().belongToAnyOf(TenantKeys.class));
    }

    // ---- rule 6: immutable messages in api -----------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> every_top_level_type_in_api_is_a_record_an_enum_or_an_interface() {
        return forEachContext(context -> classes()
                .that().resideInAPackage(layer(context, "api"))
                .and().areTopLevelClasses()
                .and().doNotHaveSimpleName("package-info")
                .should().beRecords().orShould().beEnums().orShould().beInterfaces());
    }

    // ---- section 8: constructor injection -------------------------------------------------------------------------

    /** No {@code @Autowired}, {@code @Value}, {@code @Inject} or {@code @Resource} on fields. */
    @Test
    void no_field_injection() {
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(bahi());
    }

    // ---- ADR 11: replays -------------------------------------------------------------------------------------------

    /**
     * A new or rebuilt processor starts from a plain token (ADR 11): one whose handlers allow replays handles the
     * history as regular events, one whose handlers all refuse them starts at the head. A processing group that mixed
     * the two kinds would send its commands or messages again for the whole history, so none may.
     */
    @Test
    void no_processing_group_mixes_handlers_that_refuse_replays_with_handlers_that_allow_them() {
        Map<String, Set<Boolean>> refusesReplays = new TreeMap<>();
        for (JavaClass javaClass : bahi()) {
            if (!javaClass.isAnnotatedWith(ProcessingGroup.class)) {
                continue;
            }
            String group = javaClass.getAnnotationOfType(ProcessingGroup.class).value();
            for (JavaMethod method : javaClass.getMethods()) {
                if (method.isAnnotatedWith(EventHandler.class)) {
                    refusesReplays.computeIfAbsent(group, g -> new TreeSet<>()).add(
                            javaClass.isAnnotatedWith(DisallowReplay.class) || method.isAnnotatedWith(DisallowReplay.class));
                }
            }
        }
        assertThat(refusesReplays.values()).as("both kinds exist, so the rule sees them")
                .anyMatch(kinds -> kinds.contains(true)).anyMatch(kinds -> kinds.contains(false));
        refusesReplays.forEach((group, kinds) -> assertThat(kinds).as(group).hasSize(1));
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private static ArchCondition<JavaClass> haveAStringField(String name) {
        return new ArchCondition<>("have a String field " + name) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                boolean has = javaClass.tryGetField(name)
                        .filter(field -> field.getRawType().isEquivalentTo(String.class)).isPresent();
                events.add(new SimpleConditionEvent(javaClass, has,
                        javaClass.getName() + (has ? " has" : " has no") + " String field " + name));
            }
        };
    }

    private static DescribedPredicate<JavaClass> dependOnDirectly(Class<?> type) {
        return DescribedPredicate.describe("depend on " + type.getSimpleName(),
                javaClass -> javaClass.getDirectDependenciesFromSelf().stream()
                        .anyMatch(dependency -> dependency.getTargetClass().isEquivalentTo(type)));
    }
}
