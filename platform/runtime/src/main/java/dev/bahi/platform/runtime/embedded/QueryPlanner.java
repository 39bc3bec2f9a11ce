package dev.bahi.platform.runtime.embedded;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Picks an ordered index for a query: equality on leading keys ({@code $and} unwrapped), then an optional range
 * ({@code $gt/$gte/$lt/$lte}) or {@code $in} on the next key; notes whether walking the index yields the requested
 * sort (forward or reverse). The index only narrows candidates: the full filter is always applied afterwards.
 */
final class QueryPlanner {

    record Bound(Object value, boolean inclusive) {
    }

    /** One or more key ranges of one index, in map order. */
    record Plan(OrderedIndex index, List<Object[][]> ranges, boolean ordered, boolean reverse, int score) {
    }

    private QueryPlanner() {
    }

    static Plan plan(List<OrderedIndex> indexes, Document query, Document orderBy) {
        Map<String, List<Object>> conditions = new LinkedHashMap<>();
        collect(query, conditions);
        List<Map.Entry<String, Integer>> sort = new ArrayList<>();
        if (orderBy != null) {
            for (Map.Entry<String, Object> entry : orderBy.entrySet()) {
                if (!(entry.getValue() instanceof Number n) || (n.intValue() != 1 && n.intValue() != -1)) {
                    return null;
                }
                sort.add(Map.entry(entry.getKey(), n.intValue()));
            }
        }
        Plan best = null;
        for (OrderedIndex index : indexes) {
            if (index.isMultiKey()) {
                continue;
            }
            Plan plan = plan(index, conditions, sort);
            if (plan != null && (best == null || plan.score() > best.score())) {
                best = plan;
            }
        }
        return best != null && best.score() >= 3 ? best : null;
    }

    private static void collect(Document query, Map<String, List<Object>> conditions) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            String key = entry.getKey();
            if (key.equals("$and") && entry.getValue() instanceof Collection<?> parts) {
                for (Object part : parts) {
                    if (part instanceof Document document) {
                        collect(document, conditions);
                    }
                }
            } else if (!key.startsWith("$")) {
                conditions.computeIfAbsent(key, k -> new ArrayList<>()).add(entry.getValue());
            }
        }
    }

    static boolean plannable(Object value) {
        if (value instanceof Double d) {
            return !d.isNaN();
        }
        return value instanceof Integer || value instanceof Long || value instanceof String
                || value instanceof Boolean || value instanceof ObjectId || value instanceof Instant
                || value instanceof UUID;
    }

    private static Object normalize(Object value) {
        return new KeyValue(value).normalized().get(0);
    }

    private static Object equality(List<Object> conditions) {
        if (conditions == null) {
            return null;
        }
        for (Object condition : conditions) {
            if (plannable(condition)) {
                return condition;
            }
            if (condition instanceof Document document && document.size() == 1 && plannable(document.get("$eq"))) {
                return document.get("$eq");
            }
        }
        return null;
    }

    private static Plan plan(OrderedIndex index, Map<String, List<Object>> conditions,
                             List<Map.Entry<String, Integer>> sort) {
        List<IndexKey> keys = index.getKeys();
        int n = keys.size();
        List<Object> prefix = new ArrayList<>();
        int k = 0;
        while (k < n) {
            Object value = equality(conditions.get(keys.get(k).getKey()));
            if (value == null) {
                break;
            }
            prefix.add(normalize(value));
            k++;
        }
        Bound lower = null;
        Bound upper = null;
        List<Object> in = null;
        if (k < n && conditions.get(keys.get(k).getKey()) != null) {
            for (Object condition : conditions.get(keys.get(k).getKey())) {
                if (!(condition instanceof Document document) || document.isEmpty()
                        || !document.keySet().iterator().next().startsWith("$")) {
                    continue;
                }
                for (Map.Entry<String, Object> op : document.entrySet()) {
                    Object value = op.getValue();
                    switch (op.getKey()) {
                        case "$gt", "$gte" -> {
                            if (lower == null && plannable(value)) {
                                lower = new Bound(normalize(value), op.getKey().equals("$gte"));
                            }
                        }
                        case "$lt", "$lte" -> {
                            if (upper == null && plannable(value)) {
                                upper = new Bound(normalize(value), op.getKey().equals("$lte"));
                            }
                        }
                        case "$in" -> {
                            if (in == null && value instanceof Collection<?> values && !values.isEmpty()
                                    && values.stream().allMatch(QueryPlanner::plannable)) {
                                TreeSet<Object> distinct = new TreeSet<>(ValueComparator.asc());
                                values.forEach(v -> distinct.add(normalize(v)));
                                in = new ArrayList<>(distinct);
                            }
                        }
                        default -> {
                        }
                    }
                }
            }
        }
        boolean bounded = lower != null || upper != null;
        if (bounded) {
            in = null;
        }
        if (index.isSparse() && k == 0 && !bounded && in == null) {
            return null;
        }

        // does walking the index give the requested order?
        List<Map.Entry<String, Integer>> remainingSort = new ArrayList<>();
        for (Map.Entry<String, Integer> s : sort) {
            boolean fixed = false;
            for (int i = 0; i < k; i++) {
                fixed |= keys.get(i).getKey().equals(s.getKey());
            }
            if (!fixed) {
                remainingSort.add(s);
            }
        }
        boolean ordered = true;
        boolean reverse = false;
        if (!remainingSort.isEmpty()) {
            if (in != null) {
                ordered = false;
            } else {
                List<Map.Entry<String, Integer>> walk = new ArrayList<>();
                for (int i = k; i < n; i++) {
                    walk.add(Map.entry(keys.get(i).getKey(), keys.get(i).isAscending() ? 1 : -1));
                }
                if (!index.isUnique()) {
                    walk.add(Map.entry("_id", 1));
                }
                Boolean rev = null;
                for (int i = 0; i < remainingSort.size() && i < walk.size() && ordered; i++) {
                    Map.Entry<String, Integer> s = remainingSort.get(i);
                    Map.Entry<String, Integer> w = walk.get(i);
                    if (!s.getKey().equals(w.getKey())) {
                        ordered = false;
                    } else {
                        boolean r = !s.getValue().equals(w.getValue());
                        if (rev == null) {
                            rev = r;
                        } else if (rev != r) {
                            ordered = false;
                        }
                    }
                }
                reverse = ordered && rev != null && rev;
            }
        }

        int score = k * 10 + (bounded || in != null ? 5 : 0) + (ordered && !remainingSort.isEmpty() ? 3 : 0)
                + (index.isUnique() && k > 0 ? 1 : 0);
        List<Object[][]> ranges = new ArrayList<>();
        if (in != null) {
            for (Object value : in) {
                ranges.add(new Object[][] {key(prefix, value, IndexKeyType.LOW), key(prefix, value, IndexKeyType.HIGH)});
            }
        } else if (!bounded) {
            ranges.add(new Object[][] {key(prefix, IndexKeyType.LOW), key(prefix, IndexKeyType.HIGH)});
        } else {
            boolean ascending = keys.get(k).isAscending();
            Bound mapLow = ascending ? lower : upper;
            Bound mapHigh = ascending ? upper : lower;
            // in map order, an inclusive bound at the low end starts before the value (LOW), an exclusive after it
            Object[] from = mapLow == null ? key(prefix, IndexKeyType.LOW)
                    : key(prefix, mapLow.value(), mapLow.inclusive() ? IndexKeyType.LOW : IndexKeyType.HIGH);
            Object[] to = mapHigh == null ? key(prefix, IndexKeyType.HIGH)
                    : key(prefix, mapHigh.value(), mapHigh.inclusive() ? IndexKeyType.HIGH : IndexKeyType.LOW);
            ranges.add(new Object[][] {from, to});
        }
        return new Plan(index, ranges, ordered, reverse, score);
    }

    private static Object[] key(List<Object> prefix, Object... tail) {
        Object[] key = new Object[prefix.size() + tail.length];
        for (int i = 0; i < prefix.size(); i++) {
            key[i] = prefix.get(i);
        }
        System.arraycopy(tail, 0, key, prefix.size(), tail.length);
        return key;
    }
}
