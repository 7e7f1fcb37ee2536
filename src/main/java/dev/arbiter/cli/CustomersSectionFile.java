package dev.arbiter.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.report.CustomersSection;
import dev.arbiter.report.html.CustomersHtml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Keeps the last {@code arbiter customers} analysis beside the workspace ({@code out/customers-section.json}) so
 * that the holistic report can include it, and writes it as a page of its own ({@code out/customers.html}).
 */
final class CustomersSectionFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CustomersSectionFile() {}

    static Path section(Workspace workspace) {
        return workspace.out().resolve("customers-section.json");
    }

    static Path page(Workspace workspace) {
        return workspace.out().resolve("customers.html");
    }

    static void write(Workspace workspace, CustomersSection section) {
        try {
            Files.createDirectories(workspace.out());
            Files.writeString(section(workspace), JSON.writeValueAsString(section), StandardCharsets.UTF_8);
            Files.writeString(page(workspace), CustomersHtml.page(section), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot write " + workspace.out() + ": " + e.getMessage(), e);
        }
    }

    /** The kept section; none when {@code arbiter customers} has not run, or its file is from another version. */
    static Optional<CustomersSection> read(Workspace workspace) {
        Path file = section(workspace);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), CustomersSection.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
