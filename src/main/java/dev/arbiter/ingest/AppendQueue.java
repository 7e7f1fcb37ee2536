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
 * The warehouse side of loading one file, on threads of their own: while the reading thread splits and checks the
 * next rows, the appending lanes append the last ones. Batches of rows go to the lanes in turn, each lane with its own
 * appenders on the file's connection and transaction: DuckDB fills each appender's chunk in parallel and takes turns
 * only to flush them. Everything that touches the connection while rows flow runs on the lanes; the reading thread
 * waits for them ({@link #drain}) before it uses the connection itself.
 */
final class AppendQueue implements AutoCloseable {
    private static final int BATCH = 2048;
    private static final int BATCHES_IN_FLIGHT = 8;
    /** Appending lanes: two where the machine has two cores (the reading thread and DuckDB's flushes share them). */
    static final int LANES = Math.min(2, Runtime.getRuntime().availableProcessors());

    /** One unit of warehouse work, run on an appending lane (0 to {@link #LANES} - 1). */
    @FunctionalInterface
    interface Step {
        void run(int lane) throws SQLException;
    }

    private final String file;
    private final ExecutorService[] lanes = new ExecutorService[LANES];
    private final Future<?>[] last = new Future<?>[LANES];
    private final Semaphore slots = new Semaphore(BATCHES_IN_FLIGHT);
    private List<Step> batch = new ArrayList<>(BATCH);
    private int nextLane;
    private volatile Exception failure;
    private volatile boolean abandoned;

    AppendQueue(String file) {
        this.file = file;
        for (int lane = 0; lane < LANES; lane++) {
            String name = "arbiter-ingest-append-" + lane;
            lanes[lane] = Executors.newSingleThreadExecutor(runnable -> {
                Thread appending = new Thread(runnable, name);
                appending.setDaemon(true);
                return appending;
            });
        }
    }

    /** Queues a step; it runs after every step queued before it on its lane. */
    void add(Step step) {
        batch.add(step);
        if (batch.size() == BATCH) {
            submit();
        }
    }

    /** Runs every step queued so far and returns when they are done, or throws what made one fail. */
    void drain() {
        submit();
        awaitLanes();
        rethrowFailure();
    }

    /** Drops the steps not yet run, waits for the one running and lets the thread go: the file is refused. */
    void abandon() {
        abandoned = true;
        batch.clear();
        awaitLanes();
        for (ExecutorService lane : lanes) {
            lane.shutdownNow();
        }
    }

    @Override
    public void close() {
        for (ExecutorService lane : lanes) {
            lane.shutdown();
        }
    }

    private void submit() {
        if (batch.isEmpty()) {
            return;
        }
        rethrowFailure();
        List<Step> steps = batch;
        batch = new ArrayList<>(BATCH);
        slots.acquireUninterruptibly();
        int lane = nextLane;
        nextLane = (nextLane + 1) % LANES;
        last[lane] = lanes[lane].submit(() -> run(steps, lane));
    }

    /** Stops the reading thread at the first batch after a lane failed: the file cannot load. */
    private void rethrowFailure() {
        if (failure != null) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot stage " + file + ": " + failure.getMessage(), failure);
        }
    }

    private void run(List<Step> steps, int lane) {
        try {
            for (Step step : steps) {
                if (failure != null || abandoned) {
                    return;
                }
                step.run(lane);
            }
        } catch (SQLException | RuntimeException e) {
            failure = e;
        } finally {
            slots.release();
        }
    }

    private void awaitLanes() {
        try {
            for (Future<?> pending : last) {
                if (pending != null) {
                    pending.get();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArbiterException(ErrorKind.INTERNAL, "interrupted while loading " + file, e);
        } catch (ExecutionException e) {
            throw new ArbiterException(ErrorKind.INTERNAL, "the appending thread failed on " + file, e.getCause());
        }
    }
}
