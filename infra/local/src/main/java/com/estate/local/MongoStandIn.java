package com.estate.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import com.estate.local.standin.CompactH2Backend;

/**
 * The MongoDB wire-protocol stand-in (mongo-java-server) on 127.0.0.1: on disk (H2 MVStore file) for the local
 * runtime, in memory for tests. What it does not support (sessions, transactions, hello, non-unique
 * indexes), and how the code lives with that: infra/ARCHITECTURE.md §3.
 */
public final class MongoStandIn implements AutoCloseable {

    /** H2's default 16 MB page cache makes scans degrade far worse than linearly once data outgrows it. */
    public static final int DEFAULT_CACHE_MB = 128;
    static final String STORE_FILE = "estate.mv.db";
    private static final int COMMIT_BUFFER_KB = 16 * 1024;

    private static final Logger log = LoggerFactory.getLogger(MongoStandIn.class);

    private final MongoServer server;
    private final int port;
    private final String description;
    private final AtomicBoolean closed = new AtomicBoolean();

    private MongoStandIn(MongoServer server, int port, String description) {
        this.server = server;
        this.port = port;
        this.description = description;
    }

    /** On-disk store in {@code dir}; a port of 0 picks a free one. */
    public static MongoStandIn onDisk(Path dir, int port) {
        return onDisk(dir, port, DEFAULT_CACHE_MB, false);
    }

    /**
     * On-disk store in {@code dir} with the given H2 page cache. {@code oplog} enables change streams; off by
     * default because the stand-in keeps every oplog entry forever in the same file.
     */
    public static MongoStandIn onDisk(Path dir, int port, int cacheSizeMb, boolean oplog) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        Path file = dir.resolve(STORE_FILE).toAbsolutePath();
        // H2 locks the file: a second runtime on the same data dir fails here, not with a corrupt store
        // autoCommitBufferSize: H2 writes the changed pages whenever this much is unsaved (and at least every
        // second). Its default of 1 MB makes a bulk insert with random ids rewrite most index pages again and
        // again; 16 MB writes each of them once per second at most (infra/ARCHITECTURE.md §28)
        MVStore store = new MVStore.Builder().fileName(file.toString()).cacheSize(cacheSizeMb)
                .autoCommitBufferSize(COMMIT_BUFFER_KB).open();
        if (CompactH2Backend.markCompact(store)) {
            return start(new CompactH2Backend(store), port, oplog, "H2 " + file + ", compact format");
        }
        // a store an earlier build made: readable as it is; ./suite up --reset starts a compact one
        return start(new H2Backend(store), port, oplog, "H2 " + file + ", H2's default format");
    }

    /** In-memory store, for tests; a port of 0 picks a free one. */
    public static MongoStandIn inMemory(int port) {
        return inMemory(port, false);
    }

    public static MongoStandIn inMemory(int port, boolean oplog) {
        return start(new MemoryBackend(), port, oplog, "memory");
    }

    private static MongoStandIn start(MongoBackend backend, int port, boolean oplog, String description) {
        MongoServer server = new MongoServer(backend);
        if (oplog) {
            server.enableOplog();
        }
        try {
            if (port != 0) {
                FreePorts.requireFree(port, "MongoDB stand-in");
            }
            server.bind("127.0.0.1", port);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        int bound = server.getLocalAddress().getPort();
        log.info("MongoDB stand-in ({}) listening on 127.0.0.1:{}", description, bound);
        return new MongoStandIn(server, bound, description);
    }

    /** {@code mongodb://127.0.0.1:PORT}, without a database: each service picks its own. */
    public String connectionString() {
        return "mongodb://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Disconnects clients and closes the store (flushing the H2 file). Safe to call twice. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.shutdownNow();
            log.info("MongoDB stand-in ({}) on port {} stopped", description, port);
        }
    }
}
