package dev.arbiter.ingest;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.Marketplace;
import dev.arbiter.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads one Amazon report (or our catalog) into the warehouse, whole or not at all: one transaction per file, the same
 * bytes twice change nothing, gzip and zip files are unpacked first, newer rows replace older ones of the same key, bad
 * rows go to quarantine. Loads one file at a time on its connection, so it is not for use by several threads at once.
 */
public final class Ingestor {
    private final Connection warehouse;
    private final Clock clock;
    private final Marketplace defaultMarketplace;
    private final HeaderSynonyms synonyms;

    /**
     * @param warehouse the warehouse connection (borrowed, never closed)
     * @param clock today, for snapshots whose day is not in the file
     * @param defaultMarketplace the marketplace of files that state no currency
     */
    public Ingestor(Connection warehouse, Clock clock, Marketplace defaultMarketplace) {
        this(warehouse, clock, defaultMarketplace, HeaderSynonyms.builtIn());
    }

    /**
     * @param warehouse the warehouse connection (borrowed, never closed)
     * @param clock today, for snapshots whose day is not in the file
     * @param defaultMarketplace the marketplace of files that state no currency
     * @param synonyms the header names read as Amazon's English console headers (a workspace's own added)
     */
    public Ingestor(Connection warehouse, Clock clock, Marketplace defaultMarketplace, HeaderSynonyms synonyms) {
        this.warehouse = Objects.requireNonNull(warehouse, "warehouse");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.defaultMarketplace = Objects.requireNonNull(defaultMarketplace, "defaultMarketplace");
        this.synonyms = Objects.requireNonNull(synonyms, "synonyms");
    }

    /** Ingests one file; bad input is reported in the summary, never thrown. */
    public FileSummary ingest(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            return FileSummary.rejected(
                    name, Optional.empty(), List.of(Problem.ofFile(name, "no such file", "check the path")));
        }
        try {
            String sha256 = sha256(file);
            LoadRecord record = new LoadRecord(warehouse);
            Optional<FileSummary> seen = record.alreadyLoaded(name, sha256);
            if (seen.isPresent()) {
                return seen.get();
            }
            try (Unpacking unpacked = Unpacking.of(file, name)) {
                if (unpacked.refusal().isPresent()) {
                    return FileSummary.rejected(name, Optional.empty(), List.of(unpacked.refusal().get()));
                }
                SourceOpening.Opened opened = SourceOpening.open(unpacked.path(), name);
                if (opened.problem() != null) {
                    return FileSummary.rejected(name, Optional.empty(), List.of(opened.problem()));
                }
                return load(name, sha256, opened.source(), record);
            }
        } catch (IOException e) {
            return FileSummary.rejected(
                    name,
                    Optional.empty(),
                    List.of(Problem.ofFile(name, "cannot read the file: " + e.getMessage(), "check the file")));
        } catch (SQLException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot load " + name + ": " + e.getMessage(), e);
        }
    }

    private FileSummary load(String name, String sha256, TabularSource source, LoadRecord record) throws SQLException {
        boolean autoCommit = warehouse.getAutoCommit();
        warehouse.setAutoCommit(false);
        FileLoad load = null;
        try {
            load = new FileLoad(warehouse, name, record.nextFileId(), clock, new FileCurrency(defaultMarketplace),
                    synonyms);
            Optional<Problem> refusal = source.read(load).or(load::refusal);
            if (refusal.isPresent()) {
                discard(load);
                return FileSummary.rejected(name, load.kind(), List.of(refusal.get()));
            }
            FileSummary summary = record.commit(load, name, sha256, clock);
            warehouse.commit();
            load.finish();
            return summary;
        } catch (SQLException | RuntimeException e) {
            discard(load);
            throw e;
        } finally {
            warehouse.setAutoCommit(autoCommit);
        }
    }

    private void discard(FileLoad load) throws SQLException {
        if (load != null) {
            load.abandon();
            for (TableLoad table : load.tables()) {
                table.stage().abandon();
            }
            try {
                load.quarantine().close();
            } catch (SQLException ignored) {
                // the transaction is rolled back anyway
            }
        }
        warehouse.rollback();
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new ArbiterException(ErrorKind.INTERNAL, "this Java has no SHA-256", e);
        }
    }
}
