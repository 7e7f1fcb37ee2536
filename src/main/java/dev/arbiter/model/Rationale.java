package dev.arbiter.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Why an action is proposed: one sentence and the numbers behind it. */
public record Rationale(String summary, List<Figure> figures) {
    public Rationale {
        Objects.requireNonNull(summary, "summary");
        figures = List.copyOf(figures);
    }

    public Optional<Figure> figure(String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
