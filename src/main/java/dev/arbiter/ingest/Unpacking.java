package dev.arbiter.ingest;

import dev.arbiter.model.Problem;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A report as it is read: the file itself, or the one report inside a gzip or zip file unpacked to a temporary file
 * that {@link #close()} deletes. An XLSX workbook is a zip too, but one holding {@code [Content_Types].xml}, and is
 * read as it is.
 *
 * @param path the file to read
 * @param temporary whether {@code path} is a temporary copy to delete
 * @param problem why the archive cannot be read, or null
 */
record Unpacking(Path path, boolean temporary, Problem problem) implements AutoCloseable {
    private static final String WORKBOOK_MARK = "[Content_Types].xml";

    /** Unpacks {@code file} when it is a gzip or a zip of one report; problems are named after {@code name}. */
    static Unpacking of(Path file, String name) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return gunzip(file, name);
        }
        if (head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return unzip(file, name);
        }
        if (head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 5 && head[3] == 6) {
            return refused(file, name, "the zip file holds no report");
        }
        return new Unpacking(file, false, null);
    }

    private static Unpacking gunzip(Path file, String name) throws IOException {
        Path copy = Files.createTempFile("arbiter-ingest-", ".unpacked");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return new Unpacking(copy, true, null);
        } catch (EOFException | ZipException e) {
            Files.deleteIfExists(copy);
            return refused(file, name, "the gzip file is truncated or damaged");
        }
    }

    private static Unpacking unzip(Path file, String name) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException damaged) {
            // a damaged workbook or archive: the workbook reader says what it can
            return new Unpacking(file, false, null);
        }
        try (zip) {
            if (zip.getEntry(WORKBOOK_MARK) != null) {
                return new Unpacking(file, false, null);
            }
            List<? extends ZipEntry> reports = zip.stream()
                    .filter(entry -> !entry.isDirectory() && !entry.getName().startsWith("__MACOSX/"))
                    .toList();
            if (reports.size() != 1) {
                return refused(
                        file,
                        name,
                        reports.isEmpty()
                                ? "the zip file holds no report"
                                : "the zip file holds " + reports.size() + " files; Arbiter reads one report per zip");
            }
            Path copy = Files.createTempFile("arbiter-ingest-", ".unpacked");
            try (InputStream in = zip.getInputStream(reports.get(0))) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                return new Unpacking(copy, true, null);
            } catch (EOFException | ZipException e) {
                Files.deleteIfExists(copy);
                return refused(file, name, "the zip file is truncated or damaged");
            }
        }
    }

    private static Unpacking refused(Path file, String name, String reason) {
        return new Unpacking(
                file, false, Problem.ofFile(name, reason, "unpack it and ingest the report inside, or download it again"));
    }

    /** The problem that refuses the archive, if any. */
    Optional<Problem> refusal() {
        return Optional.ofNullable(problem);
    }

    /** Deletes the temporary copy, if one was made. */
    @Override
    public void close() throws IOException {
        if (temporary) {
            Files.deleteIfExists(path);
        }
    }
}
