package dev.arbiter.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the run did and what it left to people: actions taken (auto-approved, approved, executed), actions
 * awaiting a decision grouped by the role that holds it, actions blocked grouped by guardrail, and rejections.
 */
public record ActionSummary(
        List<ActionLine> taken, List<OwnedActions> awaiting, List<OwnedActions> blocked, List<ActionLine> rejected) {

    public ActionSummary {
        taken = List.copyOf(taken);
        awaiting = List.copyOf(awaiting);
        blocked = List.copyOf(blocked);
        rejected = List.copyOf(rejected);
    }

    static ActionSummary of(List<ActionLine> actions) {
        return new ActionSummary(
                in(actions, ActionLine.Stage.TAKEN),
                byOwner(in(actions, ActionLine.Stage.AWAITING)),
                byOwner(in(actions, ActionLine.Stage.BLOCKED)),
                in(actions, ActionLine.Stage.REJECTED));
    }

    private static List<ActionLine> in(List<ActionLine> actions, ActionLine.Stage stage) {
        return actions.stream().filter(a -> a.stage() == stage).toList();
    }

    private static List<OwnedActions> byOwner(List<ActionLine> actions) {
        Map<String, List<ActionLine>> grouped =
                actions.stream().collect(Collectors.groupingBy(ActionLine::owner, TreeMap::new, Collectors.toList()));
        return grouped.entrySet().stream().map(e -> new OwnedActions(e.getKey(), e.getValue())).toList();
    }

    /** The actions one role must decide, or one guardrail blocked. */
    public record OwnedActions(String owner, List<ActionLine> actions) {
        public OwnedActions {
            Objects.requireNonNull(owner, "owner");
            actions = List.copyOf(actions);
        }
    }
}
