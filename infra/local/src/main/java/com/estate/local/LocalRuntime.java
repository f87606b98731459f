package com.estate.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded infrastructure of the suite in one JVM: a Kafka broker and the MongoDB stand-in on 127.0.0.1,
 * data under one directory. Stops cleanly on SIGTERM.
 */
public final class LocalRuntime implements AutoCloseable {

    private final DataDir dataDir;
    private final DirectoryLock lock;
    private final KafkaBroker kafka;
    private final MongoStandIn mongo;
    private final String readyLine;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);

    private LocalRuntime(DataDir dataDir, DirectoryLock lock, KafkaBroker kafka, MongoStandIn mongo) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.kafka = kafka;
        this.mongo = mongo;
        this.readyLine = "READY kafka=" + kafka.bootstrapServers() + " mongo=" + mongo.connectionString();
    }

    public static void main(String[] args) {
        RuntimeLogging.configure();
        RuntimeOptions options;
        try {
            options = RuntimeOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(RuntimeOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(RuntimeOptions.USAGE);
            return;
        }
        LocalRuntime runtime;
        try {
            runtime = start(options);
        } catch (StartupException e) {
            Log.LOG.error("Could not start the local runtime: {}", e.getMessage());
            System.exit(1);
            return;
        } catch (RuntimeException e) {
            Log.LOG.error("Could not start the local runtime: {}", e.getMessage(), e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(runtime::close, "estate-local-shutdown"));
        System.out.println(runtime.readyLine());
        System.out.flush();
        runtime.awaitClose();
    }

    /** Starts both servers (in parallel: reopening a large H2 store takes seconds) and writes DIR/ready. */
    public static LocalRuntime start(RuntimeOptions options) {
        long started = System.nanoTime();
        DataDir dir = new DataDir(options.dataDir().toAbsolutePath());
        // initialise logging on this thread, before two threads race to do it (slf4j then replays warnings)
        Log.LOG.info("Starting Kafka and the MongoDB stand-in, data in {}", dir.root());
        // before anything is touched: a second runtime must neither delete the first one's ready file nor reset its data
        DirectoryLock lock = DirectoryLock.acquire(dir.root(), "runtime.lock", "local runtime");
        try {
            return start(options, dir, lock, started);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static LocalRuntime start(RuntimeOptions options, DataDir dir, DirectoryLock lock, long started) {
        // fail in milliseconds, not after Kafka has started, when a port is taken (typically: a suite already runs)
        requireFree(options.kafkaPort(), "Kafka broker");
        requireFree(options.kafkaControllerPort(), "Kafka controller");
        requireFree(options.mongoPort(), "MongoDB stand-in");
        try {
            if (options.reset()) {
                dir.reset();
                Log.LOG.info("Reset: deleted the stored data in {}", dir.root());
            }
            dir.deleteReady();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dir.root(), e);
        }
        CompletableFuture<MongoStandIn> mongo = CompletableFuture.supplyAsync(() -> MongoStandIn.onDisk(
                dir.mongo(), options.mongoPort(), options.mongoCacheMb(), options.mongoOplog()));
        KafkaBroker kafka;
        try {
            kafka = KafkaBroker.start(dir.kafka(), options.kafkaPort(), options.kafkaControllerPort());
            Set<String> created = kafka.createTopics(Topics.newTopics());
            if (!created.isEmpty()) {
                Log.LOG.info("Created topics {}", created);
            }
        } catch (RuntimeException e) {
            mongo.thenAccept(MongoStandIn::close);
            throw e;
        }
        MongoStandIn standIn;
        try {
            standIn = mongo.join();
        } catch (CompletionException e) {
            kafka.close();
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
        LocalRuntime runtime = new LocalRuntime(dir, lock, kafka, standIn);
        try {
            dir.writeReady(runtime.readyLine());
        } catch (IOException e) {
            runtime.close();
            throw new UncheckedIOException("cannot write " + dir.ready(), e);
        }
        Log.LOG.info("Ready in {} ms", (System.nanoTime() - started) / 1_000_000);
        return runtime;
    }

    private static void requireFree(int port, String what) {
        if (port != 0) {
            FreePorts.requireFree(port, what);
        }
    }

    public String readyLine() {
        return readyLine;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public MongoStandIn mongo() {
        return mongo;
    }

    /** Deletes DIR/ready first, so nobody takes a stopping runtime for a ready one. Safe to call twice. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        try {
            dataDir.deleteReady();
        } catch (IOException e) {
            Log.LOG.warn("Could not delete {}", dataDir.ready(), e);
        }
        try {
            mongo.close();
        } finally {
            kafka.close();
            lock.close();
            closed.countDown();
            Log.LOG.info("Stopped");
        }
    }

    private void awaitClose() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Created on first use, after main has configured logging. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(LocalRuntime.class);
    }
}
