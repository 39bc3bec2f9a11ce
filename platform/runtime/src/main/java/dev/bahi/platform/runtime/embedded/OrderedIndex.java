package dev.bahi.platform.runtime.embedded;

import de.bwaldvogel.mongo.backend.IndexKey;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * An index whose entries are kept in MongoDB sort order, so a range of it can be walked forward or backward.
 * Implemented by {@link OrderedUniqueIndex} and {@link OrderedSecondaryIndex}.
 */
interface OrderedIndex {

    List<IndexKey> getKeys();

    String getName();

    boolean isUnique();

    boolean isSparse();

    /** True once any document had an array under an indexed key: the index is then no longer used to plan. */
    boolean isMultiKey();

    /** Map-order entries between {@code from} and {@code to} (search keys with sentinels), inclusive. */
    Iterator<Map.Entry<Object[], Object>> entries(Object[] from, Object[] to, boolean reverse);

    /** The document position an entry points to. */
    Object positionOf(Map.Entry<Object[], Object> entry);

    /** The comparator of the index's keys (map order). */
    IndexKeyType keyType();
}
