package dev.arbiter.ingest;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * The warehouse side of loading one file, on a thread of its own: while the reading thread splits and checks the
 * next rows, this one appends the last ones, in the order they were read. Everything that touches the connection
 * while rows flow runs here; the reading thread waits for it ({@link #drain}) before it uses the connection itself.
 */
final class AppendQueue implements AutoCloseable {
    private static final int BATCH = 2048;
    private static final int BATCHES_IN_FLIGHT = 8;

    /** One unit of warehouse work, run on the appending thread. */
    @FunctionalInterface
    interface Step {
        void run() throws SQLException;
    }

    private final String file;
    private final ExecutorService thread;
    private final Semaphore slots = new Semaphore(BATCHES_IN_FLIGHT);
    private List<Step> batch = new ArrayList<>(BATCH);
    private Future<?> last;
    private volatile Exception failure;
    private volatile boolean abandoned;

    AppendQueue(String file) {
        this.file = file;
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread appending = new Thread(runnable, "arbiter-ingest-append");
            appending.setDaemon(true);
            return appending;
        });
    }

    /** Queues a step; it runs after every step queued before it. */
    void add(Step step) {
        batch.add(step);
        if (batch.size() == BATCH) {
            submit();
        }
    }

    /** Runs every step queued so far and returns when they are done, or throws what made one fail. */
    void drain() {
        submit();
        awaitLast();
        if (failure != null) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot stage " + file + ": " + failure.getMessage(), failure);
        }
    }

    /** Drops the steps not yet run, waits for the one running and lets the thread go: the file is refused. */
    void abandon() {
        abandoned = true;
        batch.clear();
        awaitLast();
        thread.shutdownNow();
    }

    @Override
    public void close() {
        thread.shutdown();
    }

    private void submit() {
        if (batch.isEmpty()) {
            return;
        }
        if (failure != null) {
            drain();
        }
        List<Step> steps = batch;
        batch = new ArrayList<>(BATCH);
        slots.acquireUninterruptibly();
        last = thread.submit(() -> run(steps));
    }

    private void run(List<Step> steps) {
        try {
            for (Step step : steps) {
                if (failure != null || abandoned) {
                    return;
                }
                step.run();
            }
        } catch (SQLException | RuntimeException e) {
            failure = e;
        } finally {
            slots.release();
        }
    }

    private void awaitLast() {
        if (last == null) {
            return;
        }
        try {
            last.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArbiterException(ErrorKind.INTERNAL, "interrupted while loading " + file, e);
        } catch (ExecutionException e) {
            throw new ArbiterException(ErrorKind.INTERNAL, "the appending thread failed on " + file, e.getCause());
        }
    }
}
