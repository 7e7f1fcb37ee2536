package dev.arbiter.customers.csv;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Opens an order file as UTF-8 text lines, gunzipping a {@code .gz} file. */
final class TextLines {
    private TextLines() {}

    static BufferedReader open(Path path) {
        try {
            InputStream in = Files.newInputStream(path);
            if (path.getFileName().toString().endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        } catch (NoSuchFileException e) {
            throw ArbiterException.badInput("no such order file: " + path,
                    List.of(Problem.ofFile(path.toString(), "file not found", "check the --orders path")));
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    static String next(BufferedReader reader, Path path) {
        try {
            return reader.readLine();
        } catch (IOException | UncheckedIOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
