package dev.arbiter.execute;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written whole or not at all: the bytes go to a temporary sibling that replaces the target in one
 * move, so a reader (or an upload) never sees half a bulksheet or purchase order.
 */
public record OutputFile(Path target) {

    /** What writes the file's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public OutputFile {
        if (target == null || target.getFileName() == null) {
            throw new IllegalArgumentException("an output file needs a file name, got " + target);
        }
    }

    /** Writes the content and returns the target; a failure leaves any previous file untouched. */
    public Path write(Content content) {
        Path temporary = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the original failure is the one worth reporting
            }
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
