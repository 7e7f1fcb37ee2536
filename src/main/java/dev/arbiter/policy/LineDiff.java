package dev.arbiter.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines one version of the operating-model file removes and adds against the one before, from their longest
 * common subsequence: {@code @@ line 31}, then {@code - old} and {@code + new} lines.
 */
public record LineDiff(List<String> lines) {
    public LineDiff {
        lines = List.copyOf(lines);
    }

    public static LineDiff between(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        boolean inHunk = false;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
                inHunk = false;
                continue;
            }
            if (!inHunk) {
                out.add("@@ line " + (j + 1));
                inHunk = true;
            }
            if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                out.add("- " + a.get(i++));
            } else {
                out.add("+ " + b.get(j++));
            }
        }
        return new LineDiff(out);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public String text() {
        return String.join("\n", lines);
    }
}
