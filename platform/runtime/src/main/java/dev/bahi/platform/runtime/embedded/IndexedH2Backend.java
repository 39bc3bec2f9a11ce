package dev.bahi.platform.runtime.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerException;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store's backend for mongo-java-server: documents in an H2 MVStore (the library's layout), ordered
 * indexes persisted in the same store, and durable acknowledgements: every write command is committed (and
 * fsync'ed) before its answer leaves, with concurrent writers sharing one commit (group commit).
 * <p>
 * Auto-commit is off, so a commit never captures a write half-done: write commands hold a shared lock while they
 * run, a commit holds it exclusively.
 */
public final class IndexedH2Backend extends AbstractMongoBackend {
    private static final Logger log = LoggerFactory.getLogger(IndexedH2Backend.class);
    static final String INDEX_META_MAP = "bahi.index-meta";

    /** Commands that never change data: no commit needed before answering. */
    private static final Set<String> READ_ONLY = Set.of("find", "getmore", "count", "distinct", "listindexes",
            "listcollections", "ping", "ismaster", "hello", "buildinfo", "killcursors", "endsessions", "dbstats",
            "collstats", "serverstatus", "whatsmyuri", "getlasterror", "getlog", "hostinfo", "getcmdlineopts",
            "getfreemonitoringstatus", "connectionstatus", "listdatabases", "validate", "replsetgetstatus");

    private final MVStore mvStore;
    private final MVMap<String, String> indexMeta;
    private final boolean fsync;
    private final ReentrantReadWriteLock writeGate = new ReentrantReadWriteLock();
    private final Object commitMonitor = new Object();
    private final AtomicLong writesFinished = new AtomicLong();
    private long writesCommitted;
    private final AtomicLong commits = new AtomicLong();

    private IndexedH2Backend(MVStore mvStore, boolean fsync, Clock clock) {
        super(clock);
        this.mvStore = mvStore;
        this.fsync = fsync && mvStore.getFileStore() != null;
        this.indexMeta = mvStore.openMap(INDEX_META_MAP);
        mvStore.getMapNames().stream()
                .filter(name -> name.startsWith(IndexedH2Database.DATABASES_PREFIX))
                .map(name -> Utils.firstFragment(name.substring(IndexedH2Database.DATABASES_PREFIX.length())))
                .distinct()
                .forEach(databaseName -> {
                    log.info("opening database '{}'", databaseName);
                    try {
                        resolveDatabase(databaseName);
                    } catch (MongoServerException e) {
                        log.error("Failed to open '{}'", databaseName, e);
                    }
                });
        mvStore.commit();
    }

    /** A durable store in one file; every acknowledged write is on disk. */
    public static IndexedH2Backend onDisk(Path file) {
        return onDisk(file, true);
    }

    /** @param fsync whether commits are also forced to the device (not only to the OS) before acknowledging */
    static IndexedH2Backend onDisk(Path file, boolean fsync) {
        log.info("opening MVStore in '{}'", file);
        MVStore store = new MVStore.Builder()
                .fileName(file.toString())
                .autoCommitDisabled()
                .autoCommitBufferSize(1_000_000) // no commit in the middle of a write (KB; ~1 GB)
                .compress()
                .open();
        return new IndexedH2Backend(store, fsync, defaultClock());
    }

    /** A throw-away store with the same indexes and query planning. */
    public static IndexedH2Backend inMemory() {
        MVStore store = new MVStore.Builder().autoCommitDisabled().open();
        return new IndexedH2Backend(store, false, defaultClock());
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IndexedH2Database(databaseName, mvStore, indexMeta, getCursorRegistry());
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        String command = message.getDocument().keySet().iterator().next();
        if (READ_ONLY.contains(command.toLowerCase(Locale.ROOT))) {
            return super.handleMessage(message);
        }
        writeGate.readLock().lock();
        try {
            return super.handleMessage(message);
        } finally {
            writeGate.readLock().unlock();
            commitFinishedWrite();
        }
    }

    /** Returns once the calling thread's finished write is committed; one commit serves all writers waiting. */
    private void commitFinishedWrite() {
        long ticket = writesFinished.incrementAndGet();
        synchronized (commitMonitor) {
            if (writesCommitted >= ticket) {
                return;
            }
            long covered = writesFinished.get();
            writeGate.writeLock().lock();
            try {
                if (mvStore.hasUnsavedChanges()) {
                    mvStore.commit();
                    if (fsync) {
                        mvStore.sync();
                    }
                    commits.incrementAndGet();
                }
            } finally {
                writeGate.writeLock().unlock();
            }
            writesCommitted = covered;
        }
    }

    long commitCount() {
        return commits.get();
    }

    public MVStore getMvStore() {
        return mvStore;
    }

    @Override
    public void close() {
        super.close();
        if (!mvStore.isClosed()) {
            mvStore.commit();
            // plain close: close(millis) compaction trips an assertion inside H2 2.3.232 when assertions are on
            mvStore.close();
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "["
                + (mvStore.getFileStore() == null ? "inMemory" : mvStore.getFileStore().getFileName()) + "]";
    }
}
