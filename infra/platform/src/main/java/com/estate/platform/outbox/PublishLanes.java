package com.estate.platform.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;

/**
 * Single-threaded lanes chosen by document id, so the events of one aggregate are always published by the same
 * thread, in order, while different aggregates publish in parallel. Queues are bounded; a full queue rejects the
 * task and the poller takes over.
 */
public class PublishLanes implements DisposableBean {

    private final List<ExecutorService> lanes = new ArrayList<>();

    public PublishLanes(int count, int queueCapacity) {
        for (int i = 0; i < count; i++) {
            String name = "outbox-lane-" + i;
            lanes.add(new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                    new ArrayBlockingQueue<>(queueCapacity), r -> Thread.ofPlatform().daemon().name(name).unstarted(r)));
        }
    }

    public void execute(Object documentId, Runnable task) {
        lanes.get(Math.floorMod(documentId == null ? 0 : documentId.hashCode(), lanes.size())).execute(task);
    }

    /**
     * As {@link #execute}, and tells when the task is done (normally or not).
     *
     * @throws java.util.concurrent.RejectedExecutionException when the lane's queue is full
     */
    public CompletableFuture<Void> submit(Object documentId, Runnable task) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        execute(documentId, () -> {
            try {
                task.run();
            } finally {
                done.complete(null);
            }
        });
        return done;
    }

    @Override
    public void destroy() throws InterruptedException {
        lanes.forEach(ExecutorService::shutdown);
        for (ExecutorService lane : lanes) {
            lane.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
