package dev.bahi.platform.runtime.mongo;

import com.mongodb.client.MongoClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Hands each bounded context a template on its own database ({@code bahi_tenant}, {@code bahi_identity},
 * ...), all over the one shared {@link MongoClient}.
 */
public final class ContextDatabases {
    private final MongoClient client;
    private final Map<String, MongoTemplate> templates = new ConcurrentHashMap<>();

    public ContextDatabases(MongoClient client) {
        this.client = client;
    }

    /** The template of context {@code context}: database {@code bahi_<context>}. */
    public MongoTemplate of(String context) {
        return templates.computeIfAbsent("bahi_" + context.replace('-', '_'), db -> new MongoTemplate(client, db));
    }

    /** The shared client, for persistence adapters that need a database outside the contexts' own (Axon's store). */
    public MongoClient client() {
        return client;
    }
}
