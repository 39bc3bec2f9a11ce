package dev.bahi.platform.runtime.mongo;

import java.time.Duration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.CompoundIndexDefinition;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.bson.Document;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Read-model documents carry a tenant-scoped {@code _id} ({@code <tenantId>:<id>}) so that every lookup is
 * a point read on any store, and every query starts with the tenant.
 */
public final class TenantKeys {
    private TenantKeys() {
    }

    public static String id(String tenantId, String id) {
        return tenantId + ":" + id;
    }

    /** The criteria every tenant-scoped query starts with. */
    public static Criteria tenant(String tenantId) {
        return Criteria.where("tenantId").is(tenantId);
    }

    /** A compound index led by {@code tenantId}, followed by {@code fields} ascending. */
    public static IndexDefinition index(String name, String... fields) {
        Document keys = new Document("tenantId", 1);
        for (String field : fields) {
            keys.append(field, 1);
        }
        return new CompoundIndexDefinition(keys).named(name);
    }

    /** An index on {@code field} (an instant) that lets MongoDB drop each document once that time has passed. */
    public static IndexDefinition expiry(String field) {
        return new Index().on(field, Sort.Direction.ASC).expire(Duration.ZERO).named("expiry");
    }

    public static Sort byId() {
        return Sort.by("_id");
    }
}
