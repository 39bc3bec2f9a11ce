package dev.bahi.tenant.application;

import static dev.bahi.tenant.Shops.activeView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.tenant.api.TenantPage;
import dev.bahi.tenant.api.TenantView;
import dev.bahi.tenant.application.port.out.TenantReadModel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The query service over a real (local) query bus and the real query handler. */
class TenantQueryServiceTest {
    private static final String PUNE = "0193a5c2-0000-7000-8000-000000000001";

    private final InMemoryTenants readModel = new InMemoryTenants();
    private TenantQueryService service;

    @BeforeEach
    void setUp() {
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(new TenantQueryHandler(readModel)).subscribe(bus);
        service = new TenantQueryService(DefaultQueryGateway.builder().queryBus(bus).build(), Duration.ofSeconds(2));
    }

    @Test
    void a_known_shop_is_found_and_an_unknown_one_is_empty() {
        readModel.save(activeView(PUNE));

        assertThat(service.find(PUNE)).contains(activeView(PUNE));
        assertThat(service.find("0193a5c2-0000-7000-8000-000000000002")).isEmpty();
    }

    @Test
    void the_callers_own_shop_is_waited_for_while_the_read_model_catches_up() {
        CompletableFuture.runAsync(() -> readModel.save(activeView(PUNE)),
                CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));

        assertThat(service.findOwn(PUNE)).contains(activeView(PUNE));
    }

    @Test
    void waiting_for_the_own_shop_gives_up_after_a_while() {
        long started = System.nanoTime();

        assertThat(service.findOwn(PUNE)).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void a_rule_violation_of_the_read_side_reaches_the_caller_as_itself() {
        assertThatThrownBy(() -> service.list(0, null)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.code()).isEqualTo("LIMIT_INVALID"));
    }

    @Test
    void the_list_is_answered_from_the_read_model() {
        readModel.save(activeView(PUNE));

        assertThat(service.list(10, null).items()).containsExactly(activeView(PUNE));
    }

    private static final class InMemoryTenants implements TenantReadModel {
        private final Map<String, TenantView> tenants = new ConcurrentHashMap<>();

        @Override
        public Optional<TenantView> find(String tenantId) {
            return Optional.ofNullable(tenants.get(tenantId));
        }

        @Override
        public void save(TenantView tenant) {
            tenants.put(tenant.tenantId(), tenant);
        }

        @Override
        public TenantPage list(Integer limit, String cursor) {
            if (limit != null && limit < 1) {
                throw new RuleViolation("LIMIT_INVALID", "limit", "limit must be between 1 and 200");
            }
            return new TenantPage(List.copyOf(tenants.values()), null);
        }

        @Override
        public TenantPage named(String name, int limit) {
            return new TenantPage(tenants.values().stream().filter(t -> t.profile().name().equals(name)).limit(limit)
                    .toList(), null);
        }

        @Override
        public void clear() {
            tenants.clear();
        }
    }
}
