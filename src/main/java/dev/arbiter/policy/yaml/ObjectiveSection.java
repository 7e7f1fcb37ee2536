package dev.arbiter.policy.yaml;

import dev.arbiter.model.Objective;
import dev.arbiter.model.ObjectiveAssignment;
import dev.arbiter.model.ObjectivePeriod;
import dev.arbiter.model.ObjectivePlan;
import dev.arbiter.model.ObjectiveTerms;
import dev.arbiter.policy.SourcePosition;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the {@code objectives:} section: the terms of each objective, the default objective, and the time-bounded
 * entries per SKU or category ({@code assign:}), each a chain of periods (a launch for eight weeks, then growth).
 */
final class ObjectiveSection {
    private static final List<String> OBJECTIVES = Arrays.stream(Objective.values()).map(Objective::key).toList();
    private static final List<String> FIRST_PERIOD = List.of("sku", "category", "objective", "from", "until", "weeks", "then");
    private static final List<String> LATER_PERIOD = List.of("objective", "until", "weeks", "then");

    private final YamlNodes nodes;

    ObjectiveSection(YamlNodes nodes) {
        this.nodes = nodes;
    }

    /** The terms and the plan of the section. */
    record Read(ObjectiveTerms terms, ObjectivePlan plan) {}

    static Read absent() {
        return new Read(ObjectiveTerms.defaults(), ObjectivePlan.none());
    }

    Read read(Node node) {
        List<String> keys = Stream.concat(OBJECTIVES.stream(), Stream.of("default", "assign")).toList();
        Map<String, Node> fields = nodes.fields(node, "objectives", keys, List.of());
        ObjectiveTerms terms = new ObjectiveTermsReading(nodes).terms(fields);
        Objective fallback = Optional.ofNullable(fields.get("default")).flatMap(this::objective).orElse(Objective.GROWTH);
        List<ObjectiveAssignment> entries = new ArrayList<>();
        for (Node item : Optional.ofNullable(fields.get("assign")).map(n -> nodes.sequence(n, "assign")).orElse(List.of())) {
            entry(item, terms).ifPresent(entry -> {
                overlaps(entry, entries);
                entries.add(entry);
            });
        }
        return new Read(terms, new ObjectivePlan(entries, fallback));
    }

    private Optional<ObjectiveAssignment> entry(Node item, ObjectiveTerms terms) {
        int before = nodes.problems().size();
        Map<String, Node> fields = nodes.fields(item, "an objective entry", FIRST_PERIOD, List.of("objective"));
        Node sku = fields.get("sku");
        Node category = fields.get("category");
        if (sku == null && category == null) {
            nodes.problem(item, "an objective entry needs a 'sku' or a 'category'",
                    "name the SKU or the category whose objective it sets");
        } else if (sku != null && category != null) {
            nodes.problem(category, "an objective entry names a 'sku' or a 'category', not both", "write one entry for each");
        }
        Optional<String> name = Optional.ofNullable(sku != null ? sku : category).flatMap(n -> nodes.text(n, "the subject"));
        ObjectiveAssignment.Subject subject = sku != null ? ObjectiveAssignment.Subject.SKU : ObjectiveAssignment.Subject.CATEGORY;
        Optional<LocalDate> from = Optional.ofNullable(fields.get("from")).flatMap(n -> date(n, "from"));
        List<ObjectivePeriod> periods = new ArrayList<>();
        chain(fields, from, terms, periods, new ArrayList<>());
        if (nodes.problems().size() > before || name.isEmpty()) {
            return Optional.empty();
        }
        var at = YamlNodes.position(item);
        return Optional.of(new ObjectiveAssignment(subject, name.get(), periods, at.line(), at.column()));
    }

    /** Reads one period and, through {@code then}, the periods after it; {@code passed} holds the chain's objectives. */
    private void chain(Map<String, Node> fields, Optional<LocalDate> start, ObjectiveTerms terms, List<ObjectivePeriod> periods,
            List<Objective> passed) {
        Optional<Objective> objective = Optional.ofNullable(fields.get("objective")).flatMap(this::objective);
        if (objective.isEmpty()) {
            return;
        }
        if (passed.contains(objective.get())) {
            String cycle = Stream.concat(passed.stream(), Stream.of(objective.get())).map(Objective::key)
                    .collect(Collectors.joining(" → "));
            nodes.problem(fields.get("objective"), "fallback cycle: " + cycle,
                    "a chain cannot come back to an objective it passed; write the later period as its own entry with a 'from' date");
            return;
        }
        passed.add(objective.get());
        Optional<LocalDate> until = end(fields, start, objective.get(), terms);
        if (start.isPresent() && until.isPresent() && until.get().isBefore(start.get())) {
            nodes.problem(fields.get("until"), "until " + until.get() + " is before the period starts on " + start.get(),
                    "write a later date");
            return;
        }
        periods.add(new ObjectivePeriod(objective.get(), start, until));
        Node then = fields.get("then");
        if (then == null) {
            return;
        }
        if (until.isEmpty()) {
            nodes.problem(then, "'then' follows a period without an end",
                    "add 'until' or 'weeks' to the " + objective.get().key() + " before it");
            return;
        }
        Map<String, Node> next = then instanceof MappingNode
                ? nodes.fields(then, "the objective after " + objective.get().key(), LATER_PERIOD, List.of("objective"))
                : Map.of("objective", then);
        chain(next, Optional.of(until.get().plusDays(1)), terms, periods, passed);
    }

    /** The period's last day: its {@code until}, or its start plus {@code weeks}, or a dated launch's {@code max_weeks}. */
    private Optional<LocalDate> end(Map<String, Node> fields, Optional<LocalDate> start, Objective objective, ObjectiveTerms terms) {
        Node untilNode = fields.get("until");
        Node weeksNode = fields.get("weeks");
        if (untilNode != null && weeksNode != null) {
            nodes.problem(weeksNode, "give either 'weeks' or 'until', not both", "keep the one you mean");
            return Optional.empty();
        }
        if (untilNode != null) {
            return date(untilNode, "until");
        }
        if (weeksNode != null) {
            Optional<Integer> weeks = nodes.wholeNumber(weeksNode, "weeks");
            if (weeks.isPresent() && weeks.get() < 1) {
                nodes.problem(weeksNode, "weeks must be at least 1, not " + weeks.get(), "");
            } else if (weeks.isPresent() && start.isEmpty()) {
                nodes.problem(weeksNode, "'weeks' needs a 'from' date to count from", "add 'from: YYYY-MM-DD' or write 'until'");
            } else if (weeks.isPresent()) {
                return Optional.of(start.get().plusWeeks(weeks.get()).minusDays(1));
            }
            return Optional.empty();
        }
        if (objective == Objective.LAUNCH && start.isPresent()) {
            return Optional.of(start.get().plusWeeks(terms.launchMaxWeeks()).minusDays(1));
        }
        return Optional.empty();
    }

    private void overlaps(ObjectiveAssignment entry, List<ObjectiveAssignment> earlier) {
        for (ObjectiveAssignment other : earlier) {
            boolean sameSubject = other.subject() == entry.subject() && (entry.subject() == ObjectiveAssignment.Subject.SKU
                    ? other.name().equals(entry.name()) : other.name().equalsIgnoreCase(entry.name()));
            if (sameSubject && other.span().overlaps(entry.span())) {
                nodes.problem(new SourcePosition(entry.line(), entry.column()),
                        "the objective entries for " + entry.subjectText() + " overlap: this one (" + span(entry)
                                + ") and the one on line " + other.line() + " (" + span(other) + ")",
                        "end one entry with 'until' before the other's 'from'");
                return;
            }
        }
    }

    private static String span(ObjectiveAssignment entry) {
        ObjectivePeriod span = entry.span();
        return span.from().map(f -> "from " + f).orElse("from the start") + " "
                + span.until().map(u -> "until " + u).orElse("with no end");
    }

    private Optional<Objective> objective(Node node) {
        return nodes.named(node, "objective", Objective::byKey, OBJECTIVES);
    }

    private Optional<LocalDate> date(Node node, String what) {
        Optional<String> text = nodes.text(node, what);
        try {
            return text.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            nodes.problem(node, what + " must be a date written YYYY-MM-DD, not '" + text.orElseThrow() + "'", "");
            return Optional.empty();
        }
    }
}
