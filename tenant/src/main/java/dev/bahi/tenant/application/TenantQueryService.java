package dev.bahi.tenant.application;

import dev.bahi.platform.runtime.axon.ReadYourWrites;
import dev.bahi.tenant.api.FindTenant;
import dev.bahi.tenant.api.ListTenants;
import dev.bahi.tenant.api.TenantPage;
import dev.bahi.tenant.api.TenantView;
import dev.bahi.tenant.application.port.in.FindTenantsUseCase;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** Answers shop queries through the query bus, so that the read side can move to another service unchanged. */
public final class TenantQueryService implements FindTenantsUseCase {
    public static final Duration DEFAULT_CATCH_UP_WAIT = ReadYourWrites.DEFAULT_WAIT;

    private final QueryGateway queries;
    private final Duration catchUpWait;

    public TenantQueryService(QueryGateway queries, Duration catchUpWait) {
        this.queries = queries;
        this.catchUpWait = catchUpWait;
    }

    @Override
    public Optional<TenantView> find(String tenantId) {
        return ask(new FindTenant(tenantId), ResponseTypes.optionalInstanceOf(TenantView.class));
    }

    @Override
    public Optional<TenantView> findOwn(String tenantId) {
        return ReadYourWrites.await(() -> find(tenantId), catchUpWait);
    }

    @Override
    public TenantPage list(Integer limit, String cursor) {
        return ask(new ListTenants(limit, cursor), ResponseTypes.instanceOf(TenantPage.class));
    }

    /** Rule violations from the handler (a bad limit or cursor) reach the caller as themselves, not wrapped. */
    private <R> R ask(Object query, ResponseType<R> responseType) {
        try {
            return queries.query(query, responseType).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
