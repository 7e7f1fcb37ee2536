package dev.arbiter.execute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {

    @TempDir
    Path out;

    @Test
    void a_write_that_fails_half_way_keeps_the_earlier_file_and_leaves_nothing_behind() throws Exception {
        Path file = Files.writeString(out.resolve("po-acme-2026-11-23.csv"), "earlier\n", StandardCharsets.UTF_8);

        ArbiterException failed = assertThrows(ArbiterException.class, () -> new OutputFile(file).write(stream -> {
            stream.write("half a purchase ord".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));

        assertEquals(ErrorKind.EXTERNAL, failed.kind());
        assertEquals("cannot write " + file + ": No space left on device", failed.getMessage());
        assertEquals("earlier\n", Files.readString(file, StandardCharsets.UTF_8));
        try (var listing = Files.list(out)) {
            assertEquals(1, listing.count());
        }
    }

    @Test
    void missing_folders_are_created() {
        Path file = out.resolve("out").resolve("nested").resolve("bulksheet.csv");

        new OutputFile(file).write(stream -> stream.write('x'));

        assertTrue(Files.exists(file));
    }
}
