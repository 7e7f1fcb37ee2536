package dev.arbiter.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The stages of one benchmark run: wall time, rows and peak heap of each. The heap peak is the sum of the heap
 * pools' peak usage since the stage began (each pool's peak is reset when a stage begins), so it slightly
 * overstates the true simultaneous peak.
 */
final class BenchStages {
    /** One finished stage. */
    record Stage(String name, double seconds, long rows, double peakHeapMb) {
        double rowsPerSecond() {
            return seconds > 0 ? rows / seconds : 0;
        }
    }

    private final List<Stage> stages = new ArrayList<>();
    private final PrintWriter progress;
    private long started;

    /** Stages that tell {@code progress} (standard error) each stage's time as it ends, for long runs. */
    BenchStages(PrintWriter progress) {
        this.progress = progress;
    }

    /** Starts timing the next stage and resets the heap pools' peaks. */
    void begin() {
        for (MemoryPoolMXBean pool : heapPools()) {
            pool.resetPeakUsage();
        }
        started = System.nanoTime();
    }

    /** Ends the current stage and starts the next. */
    void end(String name, long rows) {
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : heapPools()) {
            peak += pool.getPeakUsage().getUsed();
        }
        stages.add(new Stage(name, seconds, rows, peak / (1024.0 * 1024.0)));
        progress.println(String.format(Locale.ROOT, "%-12s done in %.2f s", name, seconds));
        progress.flush();
        begin();
    }

    /** Sets the rows of a stage ended before its rows were known. */
    void rows(String name, long rows) {
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            if (stage.name().equals(name)) {
                stages.set(i, new Stage(name, stage.seconds(), rows, stage.peakHeapMb()));
            }
        }
    }

    double totalSeconds() {
        return stages.stream().mapToDouble(Stage::seconds).sum();
    }

    List<Stage> stages() {
        return List.copyOf(stages);
    }

    void printTable(PrintWriter out) {
        out.println(String.format(Locale.ROOT, "%-12s %10s %14s %14s %14s", "stage", "seconds", "rows", "rows/s",
                "peak heap MB"));
        for (Stage stage : stages) {
            out.println(String.format(Locale.ROOT, "%-12s %10.2f %,14d %,14.0f %,14.0f", stage.name(), stage.seconds(),
                    stage.rows(), stage.rowsPerSecond(), stage.peakHeapMb()));
        }
        out.println(String.format(Locale.ROOT, "%-12s %10.2f", "total", totalSeconds()));
    }

    /** {@code {"stages": [{"stage", "seconds", "rows", "rows_per_second", "peak_heap_mb"}], "total_seconds": s}}. */
    String json() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode list = root.putArray("stages");
        for (Stage stage : stages) {
            list.addObject()
                    .put("stage", stage.name())
                    .put("seconds", round(stage.seconds(), 3))
                    .put("rows", stage.rows())
                    .put("rows_per_second", round(stage.rowsPerSecond(), 1))
                    .put("peak_heap_mb", round(stage.peakHeapMb(), 1));
        }
        root.put("total_seconds", round(totalSeconds(), 3));
        return root.toString();
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }
}
