package dev.arbiter.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.model.ArbiterException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AppendQueueTest {
    @Test
    void every_step_runs_once_before_drain_returns() {
        AppendQueue queue = new AppendQueue("ok.csv");
        AtomicInteger ran = new AtomicInteger();
        for (int i = 0; i < 10_000; i++) {
            queue.add(lane -> ran.incrementAndGet());
        }
        queue.drain();
        queue.close();
        assertEquals(10_000, ran.get());
    }

    @Test
    void a_lane_that_fails_stops_the_reading_thread_with_the_warehouse_message() {
        AppendQueue queue = new AppendQueue("broken.csv");
        ArbiterException stopped = assertThrows(ArbiterException.class, () -> {
            for (int i = 0; i < 1_000_000; i++) {
                queue.add(lane -> {
                    throw new SQLException("disk full");
                });
            }
        });
        assertEquals("cannot stage broken.csv: disk full", stopped.getMessage());
        ArbiterException drained = assertThrows(ArbiterException.class, queue::drain);
        assertTrue(drained.getMessage().endsWith("disk full"));
        queue.abandon();
    }
}
