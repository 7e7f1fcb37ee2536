package dev.arbiter.cli;

import dev.arbiter.ingest.QuarantinedRow;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code arbiter quarantine}: lists the rows ingest held back, file by file, with line, column, value and reason. */
@Command(name = "quarantine", description = "List the report rows held in quarantine and why.")
final class QuarantineCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Session session = Session.open(options.workspace())) {
            PrintWriter out = spec.commandLine().getOut();
            print(out, session.quarantine().rows());
            out.flush();
            return ExitCode.OK.code();
        }
    }

    static void print(PrintWriter out, List<QuarantinedRow> rows) {
        if (rows.isEmpty()) {
            out.println("the quarantine is empty: every row of every file loaded");
            return;
        }
        Map<String, Long> perFile = new LinkedHashMap<>();
        rows.forEach(row -> perFile.merge(row.file(), 1L, Long::sum));
        String current = null;
        for (QuarantinedRow row : rows) {
            if (!row.file().equals(current)) {
                current = row.file();
                long count = perFile.get(current);
                out.println(current + ": " + count + (count == 1 ? " problem" : " problems"));
            }
            out.println(String.format(Locale.ROOT, "    line %d, column '%s', value '%s': %s",
                    row.line(), row.column(), row.value(), row.reason()));
        }
        out.println("fix these rows in the files (or download them again) and ingest them again");
    }
}
