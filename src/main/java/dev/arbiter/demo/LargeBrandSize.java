package dev.arbiter.demo;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.Problem;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Properties;

/**
 * What {@code arbiter generate} was asked for, kept in the workspace as {@value #FILE_NAME} so a later incremental
 * day draws the same brand.
 */
public record LargeBrandSize(long seed, int skus, int targets, int days, LocalDate lastDay, int customers) {
    public static final String FILE_NAME = "generated.properties";

    public LocalDate firstDay() {
        return lastDay.minusDays(days - 1L);
    }

    /** Writes the size into {@code dir}. */
    public void save(Path dir) {
        Properties properties = new Properties();
        properties.setProperty("seed", Long.toString(seed));
        properties.setProperty("skus", Integer.toString(skus));
        properties.setProperty("targets", Integer.toString(targets));
        properties.setProperty("days", Integer.toString(days));
        properties.setProperty("last_day", lastDay.toString());
        properties.setProperty("customers", Integer.toString(customers));
        try (Writer out = Files.newBufferedWriter(dir.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            properties.store(out, "written by arbiter generate; arbiter bench --incremental reads it");
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "could not write " + dir.resolve(FILE_NAME) + ": "
                    + e.getMessage(), e);
        }
    }

    /** Reads the size {@code arbiter generate} left in {@code dir}. */
    public static LargeBrandSize load(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            throw ArbiterException.badInput(file + " is missing", List.of(Problem.ofFile(file.toString(),
                    "the workspace was not written by arbiter generate",
                    "generate it first: arbiter generate --dir " + dir + " --skus N --targets M --days K")));
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "could not read " + file + ": " + e.getMessage(), e);
        }
        try {
            return new LargeBrandSize(Long.parseLong(value(properties, "seed")),
                    Integer.parseInt(value(properties, "skus")), Integer.parseInt(value(properties, "targets")),
                    Integer.parseInt(value(properties, "days")), LocalDate.parse(value(properties, "last_day")),
                    Integer.parseInt(properties.getProperty("customers", "0")));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw ArbiterException.badInput(file + " is damaged", List.of(Problem.ofFile(file.toString(),
                    "a value is missing or not a number: " + properties,
                    "generate the workspace again with arbiter generate")));
        }
    }

    private static String value(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new NumberFormatException("no " + key);
        }
        return value;
    }
}
