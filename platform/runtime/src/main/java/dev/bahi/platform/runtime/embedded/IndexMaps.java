package dev.bahi.platform.runtime.embedded;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/** Helpers shared by the two ordered index kinds. */
final class IndexMaps {
    static final String MULTIKEY = "multikey";

    private IndexMaps() {
    }

    static boolean[] directions(List<IndexKey> keys, boolean withPosition) {
        boolean[] ascending = new boolean[keys.size() + (withPosition ? 1 : 0)];
        for (int i = 0; i < ascending.length; i++) {
            ascending[i] = i >= keys.size() || keys.get(i).isAscending();
        }
        return ascending;
    }

    static boolean hasArrayValue(Document document, List<IndexKey> keys) {
        for (IndexKey key : keys) {
            if (Utils.getSubdocumentValueCollectionAware(document, key.getKey()) instanceof Collection) {
                return true;
            }
        }
        return false;
    }

    static <V> Iterator<Map.Entry<Object[], Object>> entries(MVMap<Object[], V> map, Object[] from, Object[] to,
                                                            boolean reverse) {
        Cursor<Object[], V> cursor = reverse ? map.cursor(to, from, true) : map.cursor(from, to, false);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return cursor.hasNext();
            }

            @Override
            public Map.Entry<Object[], Object> next() {
                Object[] key = cursor.next();
                return Map.entry(key, (Object) cursor.getValue());
            }
        };
    }
}
