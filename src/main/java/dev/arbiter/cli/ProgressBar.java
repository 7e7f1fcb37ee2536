package dev.arbiter.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Consumer;

/** A one-line progress bar on standard error, drawn only when a person is watching a terminal. */
final class ProgressBar {
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private final long total;
    private final boolean interactive;
    private final Consumer<String> onStep;
    private long done;
    private int lastDrawn = -1;

    ProgressBar(PrintStream out, String label, long total, boolean interactive) {
        this(out, label, total, interactive, item -> { });
    }

    private ProgressBar(PrintStream out, String label, long total, boolean interactive, Consumer<String> onStep) {
        this.out = out;
        this.label = label;
        this.total = Math.max(1, total);
        this.interactive = interactive;
        this.onStep = onStep;
    }

    /** A bar that draws nothing and tells {@code onStep} each finished step (the benchmark times stages with it). */
    static ProgressBar silent(Consumer<String> onStep) {
        return new ProgressBar(System.err, "", 1, false, onStep);
    }

    static ProgressBar onStandardError(String label, long total) {
        return new ProgressBar(System.err, label, total, System.console() != null);
    }

    void step(String item) {
        done++;
        onStep.accept(item);
        if (!interactive) {
            return;
        }
        int percent = (int) (100 * done / total);
        if (percent == lastDrawn && done < total) {
            return;
        }
        lastDrawn = percent;
        int filled = (int) (WIDTH * done / total);
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        String name = item.length() > 40 ? "…" + item.substring(item.length() - 39) : item;
        out.print(String.format(Locale.ROOT, "\r%-8s [%s] %3d%% %-40s", label, bar, percent, name));
        out.flush();
    }

    void finish() {
        if (interactive) {
            out.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            out.flush();
        }
    }
}
