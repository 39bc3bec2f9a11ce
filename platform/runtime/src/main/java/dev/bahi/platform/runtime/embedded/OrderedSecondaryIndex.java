package dev.bahi.platform.runtime.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.h2.mvstore.MVMap;

/**
 * A non-unique index kept in an MVMap in MongoDB order: key = the index values followed by the document's
 * position (its {@code _id}), so equal values are ordered by {@code _id}; the value is unused.
 */
final class OrderedSecondaryIndex extends Index<Object> implements OrderedIndex {

    private static final Boolean PRESENT = Boolean.TRUE;

    private final MVMap<Object[], Boolean> map;
    private final MVMap<String, String> meta;
    private final String metaKey;
    private final IndexKeyType keyType;
    private volatile boolean multiKey;

    OrderedSecondaryIndex(MVMap<Object[], Boolean> map, MVMap<String, String> meta, String name, List<IndexKey> keys,
                          boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
        this.meta = meta;
        this.metaKey = map.getName();
        this.keyType = (IndexKeyType) map.getKeyType();
        this.multiKey = IndexMaps.MULTIKEY.equals(meta.get(metaKey));
    }

    static Object documentPosition(Document document) {
        return Missing.ofNullable(document.get("_id"));
    }

    private boolean skips(Document document) {
        return isSparse() && getKeys().stream()
            .allMatch(key -> Utils.getSubdocumentValue(document, key.getKey()) instanceof Missing);
    }

    private static Object[] entryKey(KeyValue keyValue, Object position) {
        Object[] key = new Object[keyValue.size() + 1];
        for (int i = 0; i < keyValue.size(); i++) {
            key[i] = keyValue.get(i);
        }
        key[key.length - 1] = position;
        return key;
    }

    @Override
    public Object getPosition(Document document) {
        return skips(document) ? null : documentPosition(document);
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // non-unique: nothing to check
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        if (skips(document)) {
            return;
        }
        Object stored = Missing.ofNullable(position);
        Set<KeyValue> keyValues = getKeyValues(document);
        for (KeyValue keyValue : keyValues) {
            map.put(entryKey(keyValue, stored), PRESENT);
        }
        if (!multiKey && (keyValues.size() != 1 || IndexMaps.hasArrayValue(document, getKeys()))) {
            multiKey = true;
            meta.put(metaKey, IndexMaps.MULTIKEY);
        }
    }

    @Override
    public synchronized Object remove(Document document) {
        if (skips(document)) {
            return null;
        }
        Object position = documentPosition(document);
        for (KeyValue keyValue : getKeyValues(document)) {
            map.remove(entryKey(keyValue, position));
        }
        return position;
    }

    @Override
    public boolean canHandle(Document query) {
        return false; // planned by IndexedH2Collection instead
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        // Unreachable: canHandle answers false, so the library never asks; IndexedH2Collection plans instead.
        throw new IllegalStateException("this index is used only through IndexedH2Collection's query planner");
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
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // non-unique: nothing to check
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Object position,
                                           MongoCollection<Object> collection) {
        if (!nullAwareEqualsKeys(oldDocument, newDocument) || skips(oldDocument) != skips(newDocument)) {
            remove(oldDocument);
            add(newDocument, position, collection);
        }
    }

    @Override
    public void drop() {
        meta.remove(metaKey);
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
        Object[] key = entry.getKey();
        return key[key.length - 1];
    }

    @Override
    public IndexKeyType keyType() {
        return keyType;
    }
}
