package dev.bahi.platform.runtime.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.h2.mvstore.MVMap;

/**
 * The library's H2 collection with query planning over ordered indexes: a query whose filter fixes leading index
 * keys (optionally a range or {@code $in} on the next) reads only that index range; when the requested sort follows
 * the index, documents stream in index order and stop at the limit instead of being collected and sorted. Every
 * other query keeps the library's own path.
 */
class IndexedH2Collection extends H2Collection {

    IndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                        MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap,
                        CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    private List<OrderedIndex> orderedIndexes() {
        List<OrderedIndex> ordered = new ArrayList<>();
        for (Index<Object> index : getIndexes()) {
            if (index instanceof OrderedIndex orderedIndex) {
                ordered.add(orderedIndex);
            }
        }
        return ordered;
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        if (numberToSkip < 0 || limit < 0 || batchSize < 0 || isNatural(orderBy)) {
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        QueryPlanner.Plan plan = QueryPlanner.plan(orderedIndexes(), query, orderBy);
        if (plan == null) {
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        boolean noProjection = fieldSelector == null || fieldSelector.isEmpty();
        if (plan.ordered() && plan.ranges().size() == 1 && batchSize > 0 && limit == 0 && noProjection) {
            Object[][] range = plan.ranges().get(0);
            IndexScanCursor cursor = new IndexScanCursor(cursorRegistry.generateCursorId(), plan.index(),
                    range[0], range[1], plan.reverse(), this::getDocument, query, numberToSkip);
            List<Document> firstBatch = cursor.takeDocuments(batchSize);
            if (cursor.isEmpty()) {
                return new QueryResult(firstBatch);
            }
            cursorRegistry.add(cursor);
            return new QueryResult(firstBatch, cursor);
        }
        Stream<Document> candidates = candidates(plan);
        if (plan.ordered()) {
            Stream<Document> matched = candidates.filter(document -> documentMatchesQuery(document, query));
            if (numberToSkip > 0) {
                matched = matched.skip(numberToSkip);
            }
            if (limit > 0) {
                matched = matched.limit(limit);
            }
            return matchDocumentsFromStream(new Document(), matched, 0, 0, batchSize, null, fieldSelector);
        }
        return matchDocumentsFromStream(candidates, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    private Stream<Document> candidates(QueryPlanner.Plan plan) {
        OrderedIndex index = plan.index();
        return plan.ranges().stream().flatMap(range -> {
            Iterator<Map.Entry<Object[], Object>> entries = index.entries(range[0], range[1], plan.reverse());
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(entries, Spliterator.ORDERED), false);
        }).map(index::positionOf).map(this::getDocument).filter(Objects::nonNull);
    }

    private static boolean isNatural(Document orderBy) {
        return orderBy != null && orderBy.containsKey("$natural");
    }
}
