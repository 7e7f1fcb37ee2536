package dev.arbiter.ingest;

import dev.arbiter.model.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A CSV or TSV report as one table; the delimiter is whichever of tab and comma the first line uses more. Some reports
 * put a few lines of text before their header (formats doc §0.5), so the header is the first of the first
 * {@value #PREAMBLE_LINES} lines the visitor recognises.
 */
final class DelimitedSource implements TabularSource {
    static final int PREAMBLE_LINES = 10;

    private final Path file;
    private final String name;
    private final TextEncoding encoding;
    private final char delimiter;

    DelimitedSource(Path file, String name, TextEncoding encoding, String firstLine) {
        this.file = file;
        this.name = name;
        this.encoding = encoding;
        this.delimiter = count(firstLine, '\t') > count(firstLine, ',') ? '\t' : ',';
    }

    @Override
    public Optional<Problem> read(TableVisitor visitor) {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.bomLength());
            DelimitedRecords records =
                    new DelimitedRecords(new BufferedReader(new InputStreamReader(in, encoding.charset()), 1 << 16), delimiter);
            List<String> header = records.next();
            if (header == null) {
                return Optional.of(Problem.ofFile(name, "the file is empty", "download the report again"));
            }
            Optional<Consumer<SourceRow>> rows = visitor.table("", header);
            for (int line = 1; rows.isEmpty() && line < PREAMBLE_LINES; line++) {
                header = records.next();
                if (header == null) {
                    return Optional.empty();
                }
                rows = visitor.table("", header);
            }
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            List<String> fields;
            while ((fields = records.next()) != null) {
                List<Cell> cells = new ArrayList<>(fields.size());
                for (String value : fields) {
                    cells.add(Cell.text(value));
                }
                rows.get().accept(new SourceRow(records.recordLine(), cells));
            }
            if (records.endedInsideQuotes()) {
                return Optional.of(new Problem(
                        name,
                        records.recordLine(),
                        0,
                        "",
                        "the file ends inside a quoted field, so it looks truncated",
                        "download the report again"));
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(Problem.ofFile(name, "cannot read the file: " + e.getMessage(), "check the file"));
        }
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }
}
