package dev.arbiter.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the {@code arbiter} command line in-process and keeps what it printed. */
final class Arbiter {
    private Arbiter() {}

    /** What one command did: its exit code and both streams. */
    record Run(int exitCode, String out, String err) {}

    static Run run(String... args) {
        CommandLine line = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int code = line.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
