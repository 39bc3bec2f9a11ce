package dev.bahi.platform.runtime.mongo;

import java.util.Collection;
import java.util.function.Function;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Saving many documents in one round trip. */
public final class BulkSaves {
    private BulkSaves() {
    }

    /**
     * Inserts or replaces each document by its id, as {@link MongoTemplate#save} does for one, in one unordered bulk
     * write.
     */
    public static <T> void saveAll(MongoTemplate mongo, Class<T> type, Collection<T> documents, Function<T, ?> id) {
        if (documents.isEmpty()) {
            return;
        }
        if (documents.size() == 1) {
            mongo.save(documents.iterator().next());
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type);
        for (T document : documents) {
            bulk.replaceOne(Query.query(Criteria.where("_id").is(id.apply(document))), document,
                    FindAndReplaceOptions.options().upsert());
        }
        bulk.execute();
    }
}
