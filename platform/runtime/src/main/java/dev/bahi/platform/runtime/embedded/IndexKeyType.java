package dev.bahi.platform.runtime.embedded;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * The on-disk key of an ordered index: an {@code Object[]} of index values (optionally followed by the
 * document's position), ordered element by element with the library's own {@link ValueComparator} so that
 * the MVMap's order is exactly MongoDB's sort order (per index key direction).
 * <p>
 * Search keys may contain the sentinels {@link #LOW} and {@link #HIGH}, which sort before / after every value
 * regardless of direction; they are never stored.
 */
final class IndexKeyType extends BasicDataType<Object[]> {

    /** Sorts before every value (in map order). Only used in search keys. */
    static final Object LOW = new Object() {
        @Override
        public String toString() {
            return "LOW";
        }
    };
    /** Sorts after every value (in map order). Only used in search keys. */
    static final Object HIGH = new Object() {
        @Override
        public String toString() {
            return "HIGH";
        }
    };

    private final boolean[] ascending;

    /** @param ascending direction of each element; elements beyond the array's length are ascending */
    IndexKeyType(boolean[] ascending) {
        this.ascending = ascending.clone();
    }

    @Override
    public int compare(Object[] a, Object[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            int cmp = compareElement(a[i], b[i], i >= ascending.length || ascending[i]);
            if (cmp != 0) {
                return cmp;
            }
        }
        if (a.length == b.length) {
            return 0;
        }
        // one key is a prefix of the other: a trailing sentinel decides, otherwise the shorter sorts first
        Object next = a.length > b.length ? a[n] : b[n];
        int longerSide = a.length > b.length ? 1 : -1;
        if (next == LOW) {
            return -longerSide;
        }
        return longerSide;
    }

    private static int compareElement(Object x, Object y, boolean asc) {
        if (x == y) {
            return 0;
        }
        if (x == LOW || y == HIGH) {
            return -1;
        }
        if (x == HIGH || y == LOW) {
            return 1;
        }
        int cmp = ValueComparator.asc().compare(x, y);
        return asc ? cmp : -cmp;
    }

    @Override
    public int getMemory(Object[] key) {
        int memory = 24 + 8 * key.length;
        for (Object value : key) {
            memory += value instanceof String s ? 40 + 2 * s.length() : 32;
        }
        return memory;
    }

    @Override
    public void write(WriteBuffer buffer, Object[] key) {
        buffer.putVarInt(key.length);
        for (Object value : key) {
            writeValue(buffer, value);
        }
    }

    @Override
    public Object[] read(ByteBuffer buffer) {
        int length = DataUtils.readVarInt(buffer);
        Object[] key = new Object[length];
        for (int i = 0; i < length; i++) {
            key[i] = readValue(buffer);
        }
        return key;
    }

    @Override
    public Object[][] createStorage(int size) {
        return new Object[size][];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IndexKeyType type && java.util.Arrays.equals(ascending, type.ascending);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(ascending);
    }

    // --- value codec, shared with PositionType ---

    private static final byte NULL = 0;
    private static final byte MISSING = 1;
    private static final byte DOUBLE = 2;
    private static final byte LONG = 3;
    private static final byte INTEGER = 4;
    private static final byte STRING = 5;
    private static final byte TRUE = 6;
    private static final byte FALSE = 7;
    private static final byte OBJECT_ID = 8;
    private static final byte INSTANT = 9;
    private static final byte UUID_TYPE = 10;
    private static final byte SERIALIZED = 11;

    static void writeValue(WriteBuffer buffer, Object value) {
        if (value == LOW || value == HIGH) {
            throw new IllegalArgumentException("search sentinel must not be stored");
        }
        if (value == null) {
            buffer.put(NULL);
        } else if (value instanceof Missing) {
            buffer.put(MISSING);
        } else if (value instanceof Double d) {
            buffer.put(DOUBLE).putDouble(d);
        } else if (value instanceof Long l) {
            buffer.put(LONG).putVarLong(l);
        } else if (value instanceof Integer i) {
            buffer.put(INTEGER).putVarInt(i);
        } else if (value instanceof String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            buffer.put(STRING).putVarInt(bytes.length).put(bytes);
        } else if (value instanceof Boolean b) {
            buffer.put(b ? TRUE : FALSE);
        } else if (value instanceof ObjectId id) {
            buffer.put(OBJECT_ID).put(id.toByteArray());
        } else if (value instanceof Instant instant) {
            buffer.put(INSTANT).putVarLong(instant.getEpochSecond()).putVarInt(instant.getNano());
        } else if (value instanceof UUID uuid) {
            buffer.put(UUID_TYPE).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        } else {
            byte[] bytes = serialize(value);
            buffer.put(SERIALIZED).putVarInt(bytes.length).put(bytes);
        }
    }

    static Object readValue(ByteBuffer buffer) {
        byte tag = buffer.get();
        switch (tag) {
            case NULL:
                return null;
            case MISSING:
                return Missing.getInstance();
            case DOUBLE:
                return buffer.getDouble();
            case LONG:
                return DataUtils.readVarLong(buffer);
            case INTEGER:
                return DataUtils.readVarInt(buffer);
            case STRING: {
                byte[] bytes = new byte[DataUtils.readVarInt(buffer)];
                buffer.get(bytes);
                return new String(bytes, StandardCharsets.UTF_8);
            }
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            case OBJECT_ID: {
                byte[] bytes = new byte[12];
                buffer.get(bytes);
                return new ObjectId(bytes);
            }
            case INSTANT: {
                long seconds = DataUtils.readVarLong(buffer);
                int nanos = DataUtils.readVarInt(buffer);
                return Instant.ofEpochSecond(seconds, nanos);
            }
            case UUID_TYPE:
                return new UUID(buffer.getLong(), buffer.getLong());
            case SERIALIZED: {
                byte[] bytes = new byte[DataUtils.readVarInt(buffer)];
                buffer.get(bytes);
                return deserialize(bytes);
            }
            default:
                throw new IllegalStateException("unknown index value tag " + tag);
        }
    }

    private static byte[] serialize(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store index value " + value, e);
        }
        return out.toByteArray();
    }

    private static Object deserialize(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A single value (a document position) with the same codec. */
    static final class PositionType extends BasicDataType<Object> {
        static final PositionType INSTANCE = new PositionType();

        @Override
        public int getMemory(Object value) {
            return 48;
        }

        @Override
        public void write(WriteBuffer buffer, Object value) {
            writeValue(buffer, value);
        }

        @Override
        public Object read(ByteBuffer buffer) {
            return readValue(buffer);
        }

        @Override
        public int compare(Object a, Object b) {
            return ValueComparator.asc().compare(a, b);
        }

        @Override
        public Object[] createStorage(int size) {
            return new Object[size];
        }
    }
}
