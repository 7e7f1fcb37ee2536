package dev.arbiter.ingest;

import dev.arbiter.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides from its first bytes how to read a file: an XLSX workbook (a zip), an Ads API v3 JSON report, delimited
 * text in its encoding, or nothing at all (empty, an old binary .xls, binary garbage), with the problem that says so.
 */
final class SourceOpening {
    private static final int HEAD = 8192;

    private SourceOpening() {}

    /** The source to read, or the problem that refuses the file. */
    static Opened open(Path file, String name) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return new Opened(new WorkbookSource(file, name), null);
        }
        if (head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11) {
            return refused(Problem.ofFile(
                    name, "this is an old Excel 97-2003 (.xls) workbook", "open it in Excel and save it as .xlsx"));
        }
        TextEncoding encoding = TextEncoding.of(file, head);
        String text = new String(head, encoding.bomLength(), head.length - encoding.bomLength(), encoding.charset());
        if (text.isBlank()) {
            return refused(Problem.ofFile(name, "the file is empty", "download the report again"));
        }
        if (looksBinary(text)) {
            return refused(Problem.ofFile(
                    name,
                    "the file is not a text report or an .xlsx workbook (it holds binary data)",
                    "download the report again as CSV, TSV or XLSX"));
        }
        String start = text.stripLeading();
        if (start.startsWith("[") || start.startsWith("{")) {
            return new Opened(new JsonSource(file, name), null);
        }
        int newline = text.indexOf('\n');
        String firstLine = newline < 0 ? text : text.substring(0, newline);
        return new Opened(new DelimitedSource(file, name, encoding, firstLine), null);
    }

    private static boolean looksBinary(String text) {
        long control = text.chars()
                .filter(c -> c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFD)
                .count();
        return text.indexOf('\0') >= 0 || control * 100 > text.length();
    }

    private static Opened refused(Problem problem) {
        return new Opened(null, problem);
    }

    /** Either a source to read or the problem that refuses the file. */
    record Opened(TabularSource source, Problem problem) {}

}
