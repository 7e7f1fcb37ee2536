package dev.arbiter.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** What {@link DemoBrand#write} produced: the operating model, the reports in the inbox, and the account's size. */
public record DemoFiles(Path operatingModel, List<Path> reports, int skus, int campaigns, int targets) {

    public DemoFiles {
        Objects.requireNonNull(operatingModel, "operatingModel");
        reports = List.copyOf(Objects.requireNonNull(reports, "reports"));
    }
}
