package dev.bahi.platform.runtime.embedded;

import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Streams the documents of one index range in index order, a batch at a time. Each batch re-seeks the index
 * from the last key it returned, so no MVStore snapshot is held between batches; the filter is re-applied to
 * every candidate.
 */
final class IndexScanCursor extends AbstractCursor {
    private static final int DEFAULT_BATCH = 1000;

    private final OrderedIndex index;
    private final Object[] from;
    private final Object[] to;
    private final boolean reverse;
    private final Function<Object, Document> fetch;
    private final Document query;
    private final DefaultQueryMatcher matcher = new DefaultQueryMatcher();
    private int toSkip;
    private Object[] lastKey;
    private Document peeked;
    private boolean exhausted;

    IndexScanCursor(long id, OrderedIndex index, Object[] from, Object[] to, boolean reverse,
                    Function<Object, Document> fetch, Document query, int skip) {
        super(id);
        this.index = index;
        this.from = from;
        this.to = to;
        this.reverse = reverse;
        this.fetch = fetch;
        this.query = query;
        this.toSkip = skip;
    }

    @Override
    public synchronized boolean isEmpty() {
        if (peeked == null && !exhausted) {
            List<Document> one = new ArrayList<>(1);
            fill(one, 1);
            if (!one.isEmpty()) {
                peeked = one.get(0);
            }
        }
        return peeked == null;
    }

    @Override
    public synchronized List<Document> takeDocuments(int numberToReturn) {
        int wanted = numberToReturn > 0 ? numberToReturn : DEFAULT_BATCH;
        List<Document> batch = new ArrayList<>(Math.min(wanted, 1024));
        if (peeked != null) {
            batch.add(peeked);
            peeked = null;
        }
        fill(batch, wanted);
        return batch;
    }

    private void fill(List<Document> batch, int wanted) {
        if (exhausted || batch.size() >= wanted) {
            return;
        }
        Iterator<Map.Entry<Object[], Object>> entries = lastKey == null
                ? index.entries(from, to, reverse)
                : reverse ? index.entries(from, lastKey, true) : index.entries(lastKey, to, false);
        while (batch.size() < wanted) {
            if (!entries.hasNext()) {
                exhausted = true;
                return;
            }
            Map.Entry<Object[], Object> entry = entries.next();
            if (lastKey != null && index.keyType().compare(entry.getKey(), lastKey) == 0) {
                continue;
            }
            lastKey = entry.getKey();
            Document document = fetch.apply(index.positionOf(entry));
            if (document == null || !matcher.matches(document, query)) {
                continue;
            }
            if (toSkip > 0) {
                toSkip--;
                continue;
            }
            batch.add(document);
        }
    }
}
