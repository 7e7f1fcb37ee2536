package dev.arbiter.policy.yaml;

import dev.arbiter.model.ActionType;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.Marketplace;
import dev.arbiter.model.Problem;
import dev.arbiter.policy.CustomerCosts;
import dev.arbiter.policy.InventoryTerms;
import dev.arbiter.policy.DecisionRight;
import dev.arbiter.policy.ExpressionCompiler;
import dev.arbiter.policy.OperatingModel;
import dev.arbiter.policy.Role;
import dev.arbiter.policy.Visibility;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code operating-model.yaml} into an {@link OperatingModel}, reporting every problem of the file at once. */
public final class OperatingModelFile {
    private static final List<String> SECTIONS = List.of("marketplace", "currency", "attribution_days", "roles", "users",
            "decision_rights", "guardrails", "objectives", "budgets", "visibility", "rules", "customers",
            "inventory");

    private OperatingModelFile() {}

    /** The operating model in {@code file}, or an {@link ArbiterException} of kind USER listing every problem. */
    public static OperatingModel load(Path file) {
        String name = file.getFileName().toString();
        try {
            return parse(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw fail(name, List.of(Problem.ofFile(name, "no operating model file at " + file,
                    "run 'arbiter demo' or write one as DESIGN.md shows")), List.of());
        } catch (MalformedInputException e) {
            throw fail(name, List.of(Problem.ofFile(name, "the file is not UTF-8 text", "save it as UTF-8")), List.of());
        } catch (IOException e) {
            throw fail(name, List.of(Problem.ofFile(name, "cannot read the file: " + e.getMessage(), "")), List.of());
        }
    }

    /** The operating model written in {@code text}, read as the file named {@code fileName}. */
    public static OperatingModel parse(String fileName, String text) {
        List<String> lines = text.lines().toList();
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = Optional.ofNullable(e.getProblemMark()).orElse(e.getContextMark());
            Problem problem = new Problem(fileName, mark.getLine() + 1, mark.getColumn() + 1, "",
                    "invalid YAML: " + e.getProblem(), "check the indentation and the ':' after each key");
            throw fail(fileName, List.of(problem), lines);
        } catch (YAMLException e) {
            throw fail(fileName, List.of(Problem.ofFile(fileName, "invalid YAML: " + e.getMessage(), "")), lines);
        }
        if (root == null) {
            throw fail(fileName, List.of(Problem.ofFile(fileName, "the file is empty", "write the operating model")), lines);
        }
        YamlNodes nodes = new YamlNodes(fileName);
        Optional<OperatingModel> model = read(root, nodes, lines);
        if (!nodes.problems().isEmpty() || model.isEmpty()) {
            throw fail(fileName, nodes.problems(), lines);
        }
        return model.get();
    }

    private static Optional<OperatingModel> read(Node root, YamlNodes nodes, List<String> lines) {
        Map<String, Node> fields = nodes.fields(root, "the operating model", SECTIONS, List.of("marketplace"));
        ModelSections model = new ModelSections(nodes);
        PolicySections policy = new PolicySections(nodes, new YamlExpressions(new ExpressionCompiler(), nodes, lines));
        Optional<Marketplace> marketplace = section(fields, "marketplace").flatMap(model::marketplace);
        Currency currency = currency(fields, nodes, marketplace);
        int attributionDays = model.attributionDays(section(fields, "attribution_days"));
        section(fields, "roles").ifPresent(model::roles);
        var users = section(fields, "users").map(model::users).orElse(List.of());
        Map<ActionType, DecisionRight> rights = section(fields, "decision_rights").map(model::decisionRights).orElse(Map.of());
        var guardrails = section(fields, "guardrails").map(policy::guardrails).orElse(List.of());
        ObjectiveSection.Read objectives = section(fields, "objectives").map(new ObjectiveSection(nodes)::read)
                .orElse(ObjectiveSection.absent());
        var budgets = section(fields, "budgets").map(b -> policy.budgets(b, currency)).orElse(List.of());
        Map<Role, Visibility> visibility = section(fields, "visibility").map(model::visibility).orElse(Map.of());
        var rules = section(fields, "rules").map(r -> policy.rules(r, rights)).orElse(List.of());
        Optional<CustomerCosts> customers = section(fields, "customers")
                .flatMap(c -> new CustomerSection(nodes).costs(c, currency));
        InventoryTerms inventory = section(fields, "inventory").map(i -> new InventorySection(nodes).terms(i))
                .orElse(InventoryTerms.defaults());
        return marketplace.map(m -> new OperatingModel(m, currency.getCurrencyCode(), attributionDays, users, rights,
                guardrails, objectives.terms(), budgets, visibility, rules, customers, inventory,
                objectives.plan()));
    }

    private static Currency currency(Map<String, Node> fields, YamlNodes nodes, Optional<Marketplace> marketplace) {
        Currency expected = marketplace.map(Marketplace::currency).orElse(Currency.getInstance("USD"));
        Optional<Node> node = section(fields, "currency");
        Optional<String> written = node.flatMap(n -> nodes.text(n, "currency"));
        if (marketplace.isPresent() && written.isPresent() && !written.get().equals(expected.getCurrencyCode())) {
            nodes.problem(node.get(), "currency '" + written.get() + "' is not the currency of marketplace "
                    + marketplace.get().name(), "write '" + expected.getCurrencyCode() + "'");
        }
        return expected;
    }

    private static Optional<Node> section(Map<String, Node> fields, String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** All problems, in the order of the file, each shown with its line and a caret. */
    private static ArbiterException fail(String fileName, List<Problem> found, List<String> lines) {
        List<Problem> problems = found.stream()
                .sorted(Comparator.comparingLong(Problem::line).thenComparingInt(Problem::column))
                .toList();
        SourceExcerpt excerpt = new SourceExcerpt(lines);
        String message = problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + fileName + ":\n"
                + problems.stream().map(excerpt::show).collect(Collectors.joining("\n"));
        return ArbiterException.badInput(message, problems);
    }
}
