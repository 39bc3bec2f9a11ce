package dev.bahi.platform.runtime.embedded;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded MongoDB-compatible store on its own, as a process, so that several platform instances can share one
 * store without a MongoDB (scale-out drills, a small shop with two counters on one machine). It is exactly the store
 * the platform starts in-process without {@code MONGODB_URI}: {@link IndexedH2Backend} on {@code bahi-store.mv} in
 * the data directory, so a directory written by a single platform instance can be served by this process and the
 * other way round (never both at once: the file is locked). Every acknowledged write is on disk; SIGTERM (or Ctrl-C)
 * stops listening, closes the clients and commits and closes the store.
 * <p>
 * From the application jar, with Spring Boot's {@code PropertiesLauncher}:
 * <pre>
 * java -cp platform/app/target/bahi.jar -Dloader.main=dev.bahi.platform.runtime.embedded.EmbeddedStoreMain \
 *      org.springframework.boot.loader.launch.PropertiesLauncher --data-dir=./store --port=27017
 * </pre>
 * Options ({@code --name=value} or {@code --name value}; else the system property {@code bahi.store.<name>}; else
 * the default): {@code data-dir} ({@code BAHI_DATA_DIR}, else {@code ./data}), {@code host} ({@code 127.0.0.1}),
 * {@code port} ({@code 27017}; {@code 0} picks a free one). It prints {@code READY mongodb://host:port/} once it
 * listens. The store has no authentication and no TLS: bind it to loopback or a private network only.
 */
public final class EmbeddedStoreMain {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreMain.class);
    static final String DEFAULT_HOST = "127.0.0.1";
    static final int DEFAULT_PORT = 27017;

    private EmbeddedStoreMain() {
    }

    /** Where the store keeps its file and where it listens. */
    public record Options(Path dataDir, String host, int port) {
        public Options {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, was " + port);
            }
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("host must not be blank");
            }
        }

        /**
         * Command-line arguments first, then system properties {@code bahi.store.data-dir}, {@code bahi.store.host},
         * {@code bahi.store.port}, then {@code BAHI_DATA_DIR} for the directory, then the defaults.
         */
        public static Options parse(String[] args, Properties system, Map<String, String> env) {
            String dataDir = system.getProperty("bahi.store.data-dir");
            String host = system.getProperty("bahi.store.host");
            String port = system.getProperty("bahi.store.port");
            String fromArgsDir = null;
            String fromArgsHost = null;
            String fromArgsPort = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("-h") || arg.equals("--help")) {
                    throw new IllegalArgumentException(usage());
                }
                if (!arg.startsWith("--")) {
                    throw new IllegalArgumentException("unexpected argument '" + arg + "'\n" + usage());
                }
                String name;
                String value;
                int eq = arg.indexOf('=');
                if (eq > 0) {
                    name = arg.substring(2, eq);
                    value = arg.substring(eq + 1);
                } else {
                    name = arg.substring(2);
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--" + name + " needs a value\n" + usage());
                    }
                    value = args[++i];
                }
                switch (name) {
                    case "data-dir", "dataDir" -> fromArgsDir = value;
                    case "host" -> fromArgsHost = value;
                    case "port" -> fromArgsPort = value;
                    default -> throw new IllegalArgumentException("unknown option --" + name + "\n" + usage());
                }
            }
            dataDir = firstSet(fromArgsDir, dataDir, env.get("BAHI_DATA_DIR"), "./data");
            host = firstSet(fromArgsHost, host, DEFAULT_HOST);
            port = firstSet(fromArgsPort, port, Integer.toString(DEFAULT_PORT));
            int portNumber;
            try {
                portNumber = Integer.parseInt(port.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("port must be a number, was '" + port + "'");
            }
            return new Options(Path.of(dataDir), host.trim(), portNumber);
        }

        static String usage() {
            return "usage: EmbeddedStoreMain [--data-dir=DIR] [--host=127.0.0.1] [--port=27017]\n"
                    + "  (or -Dbahi.store.data-dir / -Dbahi.store.host / -Dbahi.store.port; BAHI_DATA_DIR)";
        }

        private static String firstSet(String... candidates) {
            for (String candidate : candidates) {
                if (candidate != null && !candidate.isBlank()) {
                    return candidate;
                }
            }
            return null;
        }
    }

    /** A running store; {@link #close()} commits and closes it (idempotent). */
    public static final class Running implements AutoCloseable {
        private final MongoServer server;
        private final InetSocketAddress address;
        private final Path file;
        private final AtomicBoolean closed = new AtomicBoolean();

        private Running(MongoServer server, InetSocketAddress address, Path file) {
            this.server = server;
            this.address = address;
            this.file = file;
        }

        /** {@code mongodb://host:port/}, what platform instances take as {@code MONGODB_URI}. */
        public String connectionString() {
            return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/";
        }

        public int port() {
            return address.getPort();
        }

        public Path file() {
            return file;
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                log.info("Stopping the embedded store at {} (committing {})", connectionString(), file);
                // stops listening, closes the clients, then closes the backend, which commits and closes the MVStore
                server.shutdownNow();
                log.info("Embedded store stopped");
            }
        }
    }

    /** Opens (or creates) the store in {@code options.dataDir()} and listens. */
    public static Running start(Options options) {
        try {
            Files.createDirectories(options.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + options.dataDir().toAbsolutePath(), e);
        }
        Path file = options.dataDir().resolve(EmbeddedMongoServer.STORE_FILE).toAbsolutePath();
        IndexedH2Backend backend = IndexedH2Backend.onDisk(file);
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(options.host(), options.port());
        } catch (RuntimeException e) {
            backend.close();
            throw new IllegalStateException("cannot listen on " + options.host() + ":" + options.port()
                    + " (" + e.getMessage() + ")", e);
        }
        return new Running(server, server.getLocalAddress(), file);
    }

    public static void main(String[] args) throws InterruptedException {
        quietLogging();
        Options options;
        try {
            options = Options.parse(args, System.getProperties(), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Running running;
        try {
            running = start(options);
        } catch (RuntimeException e) {
            System.err.println("Embedded store did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }, "embedded-store-shutdown"));
        if (!DEFAULT_HOST.equals(options.host()) && !"localhost".equals(options.host())) {
            log.warn("The embedded store listens on {}: it has no authentication and no TLS; keep it on a private "
                    + "network", options.host());
        }
        log.info("Embedded MongoDB-compatible store on disk at {} listening on {}", running.file(),
                running.connectionString());
        System.out.println("READY " + running.connectionString());
        System.out.flush();
        stopped.await();
    }

    /**
     * Outside Spring Boot nothing configures Logback, whose default is DEBUG for everything (Netty, the driver):
     * INFO for Bahi, WARN for the rest, unless a logback configuration file was given.
     */
    private static void quietLogging() {
        if (System.getProperty("logback.configurationFile") != null) {
            return;
        }
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
            context.getLogger("dev.bahi").setLevel(ch.qos.logback.classic.Level.INFO);
        }
    }
}
