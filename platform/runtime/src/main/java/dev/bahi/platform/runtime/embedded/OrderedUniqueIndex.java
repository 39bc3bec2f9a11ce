package dev.bahi.platform.runtime.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import java.util.AbstractMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;

/**
 * A unique index kept in an MVMap in MongoDB order: key = the index values, value = the document's position.
 * Uniqueness, sparseness and error code 11000 come unchanged from the library's {@link AbstractUniqueIndex}.
 */
final class OrderedUniqueIndex extends AbstractUniqueIndex<Object> implements OrderedIndex {

    private final MVMap<Object[], Object> map;
    private final MVMap<String, String> meta;
    private final String metaKey;
    private final IndexKeyType keyType;
    private volatile boolean multiKey;

    OrderedUniqueIndex(MVMap<Object[], Object> map, MVMap<String, String> meta, String name, List<IndexKey> keys,
                       boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
        this.meta = meta;
        this.metaKey = map.getName();
        this.keyType = (IndexKeyType) map.getKeyType();
        this.multiKey = IndexMaps.MULTIKEY.equals(meta.get(metaKey));
    }

    @Override
    protected Object removeDocument(KeyValue keyValue) {
        return map.remove(toKey(keyValue));
    }

    @Override
    protected boolean putKeyPosition(KeyValue keyValue, Object position) {
        return map.putIfAbsent(toKey(keyValue), Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return () -> {
            Iterator<Map.Entry<Object[], Object>> entries = map.entrySet().iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return entries.hasNext();
                }

                @Override
                public Map.Entry<KeyValue, Object> next() {
                    Map.Entry<Object[], Object> entry = entries.next();
                    return new AbstractMap.SimpleImmutableEntry<>(new KeyValue(entry.getKey()), entry.getValue());
                }
            };
        };
    }

    @Override
    protected Object getPosition(KeyValue keyValue) {
        return map.get(toKey(keyValue));
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        super.add(document, position, collection);
        noteArrays(document);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
                              MongoCollection<Object> collection) {
        super.updateInPlace(oldDocument, newDocument, position, collection);
        noteArrays(newDocument);
    }

    private void noteArrays(Document document) {
        if (!multiKey && IndexMaps.hasArrayValue(document, getKeys())) {
            multiKey = true;
            meta.put(metaKey, IndexMaps.MULTIKEY);
        }
    }

    private static Object[] toKey(KeyValue keyValue) {
        return keyValue.stream().toArray();
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public boolean isSparse() {
        return super.isSparse();
    }

    @Override
    public boolean isMultiKey() {
        return multiKey;
    }

    @Override
    public Iterator<Map.Entry<Object[], Object>> entries(Object[] from, Object[] to, boolean reverse) {
        return IndexMaps.entries(map, from, to, reverse);
    }

    @Override
    public Object positionOf(Map.Entry<Object[], Object> entry) {
        return entry.getValue();
    }

    @Override
    public IndexKeyType keyType() {
        return keyType;
    }

    @Override
    public void drop() {
        super.drop();
        meta.remove(metaKey);
    }
}
