package dev.bahi.platform.runtime.axon;

import dev.bahi.platform.kernel.TenantScoped;
import dev.bahi.platform.runtime.security.BahiPrincipal;
import dev.bahi.platform.runtime.security.CurrentPrincipal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.queryhandling.QueryMessage;
import org.slf4j.MDC;

/**
 * Stamps {@code tenantId}, {@code userId} and {@code traceId} on every command and query when it is
 * dispatched; the correlation data provider carries them on to the events, where audit history reads them.
 */
public final class MessageMetadata {
    public static final String TENANT_ID = "tenantId";
    public static final String USER_ID = "userId";
    public static final String TRACE_ID = "traceId";
    /** The user id recorded for work no person asked for (start-up, demo data, background jobs). */
    public static final String SYSTEM_USER = "system";

    MessageDispatchInterceptor<CommandMessage<?>> commandInterceptor() {
        return messages -> stamp();
    }

    MessageDispatchInterceptor<QueryMessage<?, ?>> queryInterceptor() {
        return messages -> stamp();
    }

    private static <M extends Message<?>> BiFunction<Integer, M, M> stamp() {
        return (index, message) -> {
            @SuppressWarnings("unchecked")
            M stamped = (M) message.andMetaData(metadataFor(message));
            return stamped;
        };
    }

    static Map<String, Object> metadataFor(Message<?> message) {
        Map<String, Object> values = new HashMap<>();
        BahiPrincipal principal = CurrentPrincipal.find().orElse(null);
        String tenantId = message.getPayload() instanceof TenantScoped scoped ? scoped.tenantId() : null;
        if (tenantId == null && principal != null) {
            tenantId = principal.tenantId();
        }
        if (tenantId != null) {
            values.put(TENANT_ID, tenantId);
        }
        if (!message.getMetaData().containsKey(USER_ID)) {
            values.put(USER_ID, principal != null ? principal.userId() : SYSTEM_USER);
        }
        if (!message.getMetaData().containsKey(TRACE_ID)) {
            String traceId = MDC.get(TRACE_ID);
            values.put(TRACE_ID, traceId != null ? traceId : UUID.randomUUID().toString().replace("-", ""));
        }
        return values;
    }

}
