package dev.arbiter.policy;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The "did you mean" of an error message: the known name closest to a misspelt one by edit distance. */
public record NearestName(List<String> known) {
    public NearestName {
        known = List.copyOf(known);
    }

    /**
     * The closest known name, when it is close enough to be a likely typo (at most a third of it differs) or a
     * shortening of it ({@code max_step} for {@code max_step_pct}).
     */
    public Optional<String> to(String wrong) {
        int allowed = Math.max(1, wrong.length() / 3);
        return known.stream()
                .filter(name -> distance(wrong, name) <= allowed || (wrong.length() >= 3 && name.startsWith(wrong)))
                .min(Comparator.comparingInt((String name) -> distance(wrong, name)).thenComparing(name -> name));
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
