package dev.arbiter.customers.csv;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A file's header: where each column is, found by name (never by position), a column allowed several names. */
final class Header {
    private final Map<String, Integer> positions = new HashMap<>();

    Header(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            positions.putIfAbsent(normal(names.get(i)), i);
        }
    }

    /** The 0-based position of the first of {@code names} the header has. */
    Optional<Integer> find(String... names) {
        for (String name : names) {
            Integer position = positions.get(normal(name));
            if (position != null) {
                return Optional.of(position);
            }
        }
        return Optional.empty();
    }

    /** Rejects the file when a required column is missing, naming every missing one. */
    void require(String file, String format, List<List<String>> required) {
        List<Problem> problems = new ArrayList<>();
        for (List<String> names : required) {
            if (find(names.toArray(String[]::new)).isEmpty()) {
                problems.add(new Problem(file, 1, 0, "", "missing column '" + names.get(0) + "'",
                        "the " + format + " format needs it; see the README's customers section"));
            }
        }
        if (!problems.isEmpty()) {
            throw ArbiterException.badInput(file + " is not an order file in the " + format + " format", problems);
        }
    }

    private static String normal(String name) {
        return name.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
    }
}
