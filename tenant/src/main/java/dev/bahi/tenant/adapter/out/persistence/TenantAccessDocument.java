package dev.bahi.tenant.adapter.out.persistence;

import dev.bahi.platform.runtime.mongo.TenantKeys;
import dev.bahi.tenant.api.TenantStatus;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Whether a shop may work, in {@code tenant_access}; read on every authenticated request. */
@Document(collection = TenantAccessDocument.COLLECTION)
record TenantAccessDocument(@Id String id, String tenantId, TenantStatus status, Instant changedAt) {
    static final String COLLECTION = "tenant_access";

    static String idOf(String tenantId) {
        return TenantKeys.id(tenantId, tenantId);
    }
}
