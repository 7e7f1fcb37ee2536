package dev.arbiter.policy.yaml;

import dev.arbiter.model.Problem;
import java.util.List;

/** Shows a problem as cel-java does: its place and reason, then the offending line with a caret under the column. */
public record SourceExcerpt(List<String> lines) {
    public SourceExcerpt {
        lines = List.copyOf(lines);
    }

    /** The rendered problem, followed by the line and a caret when the problem has a place in this source. */
    public String show(Problem problem) {
        StringBuilder out = new StringBuilder(problem.render());
        if (problem.line() >= 1 && problem.line() <= lines.size()) {
            out.append("\n | ").append(lines.get((int) problem.line() - 1));
            if (problem.column() >= 1) {
                out.append("\n | ").append(".".repeat(problem.column() - 1)).append('^');
            }
        }
        return out.toString();
    }
}
