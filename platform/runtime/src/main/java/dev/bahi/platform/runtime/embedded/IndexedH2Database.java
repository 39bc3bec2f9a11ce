package dev.bahi.platform.runtime.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.util.List;
import java.util.stream.Collectors;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * A database of the indexed embedded store: the library's H2 layout for documents (so existing data files open
 * unchanged), plus ordered unique and secondary indexes persisted as MVMaps in the same store.
 */
final class IndexedH2Database extends AbstractSynchronizedMongoDatabase<Object> {

    static final String DATABASES_PREFIX = "databases.";
    private static final String META_PREFIX = "meta.";
    private static final String INDEX_INFIX = "._oidx_";

    private final MVStore mvStore;
    private final MVMap<String, String> indexMeta;

    IndexedH2Database(String databaseName, MVStore mvStore, MVMap<String, String> indexMeta,
                      CursorRegistry cursorRegistry) {
        super(databaseName, cursorRegistry);
        this.mvStore = mvStore;
        this.indexMeta = indexMeta;
        initializeNamespacesAndIndexes();
    }

    private String mapNameForIndex(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + INDEX_INFIX + indexName;
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        MVMap<Object[], Object> map = mvStore.openMap(mapNameForIndex(collectionName, indexName),
                new MVMap.Builder<Object[], Object>()
                        .keyType(new IndexKeyType(IndexMaps.directions(keys, false)))
                        .valueType(IndexKeyType.PositionType.INSTANCE));
        return new OrderedUniqueIndex(map, indexMeta, indexName, keys, sparse);
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                       boolean sparse) {
        MVMap<Object[], Boolean> map = mvStore.openMap(mapNameForIndex(collectionName, indexName),
                new MVMap.Builder<Object[], Boolean>()
                        .keyType(new IndexKeyType(IndexMaps.directions(keys, true))));
        return new OrderedSecondaryIndex(map, indexMeta, indexName, keys, sparse);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        String name = mapNameForIndex(collection.getCollectionName(), indexName);
        if (mvStore.hasMap(name)) {
            mvStore.removeMap(name);
        }
        indexMeta.remove(name);
    }

    @Override
    public void drop(Oplog oplog) {
        super.drop(oplog);
        List<String> names = mvStore.getMapNames().stream()
                .filter(name -> name.startsWith(databaseName + ".")
                        || name.startsWith(DATABASES_PREFIX + databaseName + ".")
                        || name.startsWith(META_PREFIX + databaseName + "."))
                .collect(Collectors.toList());
        for (String name : names) {
            mvStore.removeMap(name);
            indexMeta.remove(name);
        }
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String fullCollectionName = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> dataMap = mvStore.openMap(DATABASES_PREFIX + fullCollectionName);
        MVMap<String, Object> metaMap = mvStore.openMap(META_PREFIX + fullCollectionName);
        return new IndexedH2Collection(this, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    @Override
    protected long getStorageSize() {
        FileStore<?> fileStore = mvStore.getFileStore();
        return fileStore != null ? fileStore.size() : 0;
    }

    @Override
    protected long getFileSize() {
        return getStorageSize();
    }

    @Override
    public void dropCollection(String collectionName, Oplog oplog) {
        super.dropCollection(collectionName, oplog);
        String fullCollectionName = getFullCollectionNamespace(collectionName);
        for (String name : List.of(DATABASES_PREFIX + fullCollectionName, META_PREFIX + fullCollectionName)) {
            if (mvStore.hasMap(name)) {
                mvStore.removeMap(name);
            }
        }
    }

    @Override
    public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
        super.moveCollection(oldDatabase, collection, newCollectionName);
        String fullCollectionName = collection.getFullName();
        String newFullName = getFullCollectionNamespace(newCollectionName);
        MVMap<Object, Document> dataMap = mvStore.openMap(DATABASES_PREFIX + fullCollectionName);
        MVMap<String, Object> metaMap = mvStore.openMap(META_PREFIX + fullCollectionName);
        mvStore.renameMap(dataMap, DATABASES_PREFIX + newFullName);
        mvStore.renameMap(metaMap, META_PREFIX + newFullName);
    }
}
