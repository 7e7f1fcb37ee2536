package dev.arbiter.policy;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelEvaluationException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Type-checks a condition against the declared {@link Variable}s, requires it to be bool, and compiles it once. */
public final class ExpressionCompiler {
    private static final Pattern UNDECLARED = Pattern.compile("undeclared reference to '([^']*)'.*");
    private static final Pattern NOT_BOOL = Pattern.compile("expected type 'bool' but found '([^']*)'");
    private static final Pattern DOTTED_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    /** Words people use for our figures: margin is contribution (DESIGN.md, Economics). */
    private static final Map<String, String> SYNONYMS = Map.of(
            "margin", "contribution_after_ads", "cm2", "contribution_after_ads", "cm1", "contribution_before_ads");

    private final Cel cel;
    private final NearestName variableNames;

    public ExpressionCompiler() {
        var builder = CelFactory.standardCelBuilder()
                .setOptions(CelOptions.current()
                        .enableHeterogeneousNumericComparisons(true)
                        .build())
                .setResultType(SimpleType.BOOL);
        for (Variable variable : Variable.values()) {
            builder.addVar(variable.key(), variable.kind().celType());
        }
        this.cel = builder.build();
        this.variableNames = new NearestName(Arrays.stream(Variable.values()).map(Variable::key).toList());
    }

    /** The compiled expression, or every issue found in it, each placed by its offset in {@code source}. */
    public Compilation compile(String source, SourcePosition position) {
        CelValidationResult result = cel.compile(source);
        if (result.hasError()) {
            return new Compilation(Optional.empty(), result.getErrors().stream().map(issue -> explain(source, issue)).toList());
        }
        try {
            return new Compilation(
                    Optional.of(new Expression(source, position, cel.createProgram(result.getAst()), variablesIn(source))),
                    List.of());
        } catch (CelValidationException | CelEvaluationException e) {
            return new Compilation(Optional.empty(), List.of(new ExpressionIssue(0, e.getMessage(), "")));
        }
    }

    /** The declared variables a checked expression names (CEL has accepted every dotted name it reads). */
    private static Set<Variable> variablesIn(String source) {
        Set<Variable> found = EnumSet.noneOf(Variable.class);
        Matcher name = DOTTED_NAME.matcher(source);
        while (name.find()) {
            Variable.byKey(name.group()).ifPresent(found::add);
        }
        return found;
    }

    private ExpressionIssue explain(String source, CelIssue issue) {
        int offset = offsetOf(source, issue.getSourceLocation().getLine(), issue.getSourceLocation().getColumn());
        Matcher undeclared = UNDECLARED.matcher(issue.getMessage());
        if (undeclared.matches()) {
            Matcher name = DOTTED_NAME.matcher(source);
            String unknown = name.find(offset) && name.start() == offset ? name.group() : undeclared.group(1);
            return new ExpressionIssue(offset, "unknown variable '" + unknown + "'", suggestion(unknown));
        }
        Matcher notBool = NOT_BOOL.matcher(issue.getMessage());
        if (notBool.find()) {
            return new ExpressionIssue(
                    0, "the condition must be true or false, but it is a " + notBool.group(1), "compare it, e.g. '>= 0.05'");
        }
        if (issue.getMessage().startsWith("mismatched input '<EOF>'")) {
            return new ExpressionIssue(offset, "the condition ends too early", "complete the comparison");
        }
        return new ExpressionIssue(offset, "invalid condition: " + issue.getMessage(), "");
    }

    /** CEL places an issue by line and column inside the expression; the file wants the offset in its text. */
    private static int offsetOf(String source, int line, int column) {
        int start = 0;
        for (int current = 1; current < line; current++) {
            int newline = source.indexOf('\n', start);
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return Math.max(0, Math.min(source.length(), start + Math.max(0, column)));
    }

    private String suggestion(String unknown) {
        String translated = unknown;
        for (Map.Entry<String, String> synonym : SYNONYMS.entrySet()) {
            translated = translated.replaceAll("(?<=\\.)" + synonym.getKey() + "(?=_|$)", synonym.getValue());
        }
        Optional<Variable> exact = Variable.byKey(translated);
        Optional<String> nearest = exact.map(Variable::key).or(() -> variableNames.to(unknown));
        return nearest.map(name -> "did you mean '" + name + "'?").orElse("variables start with sku., action., target. or portfolio.");
    }

    /**
     * A compiled expression or the issues that kept it from compiling.
     *
     * @param expression present exactly when {@code issues} is empty
     */
    public record Compilation(Optional<Expression> expression, List<ExpressionIssue> issues) {
        public Compilation {
            issues = List.copyOf(issues);
        }
    }
}
