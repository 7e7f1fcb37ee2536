package dev.arbiter.policy;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelVariableResolver;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A CEL condition of the operating model, type-checked to bool and compiled once at load, with the place in the
 * file it was written at.
 */
public final class Expression {
    private final String source;
    private final SourcePosition position;
    private final CelRuntime.Program program;
    private final Set<Variable> variables;

    Expression(String source, SourcePosition position, CelRuntime.Program program, Set<Variable> variables) {
        this.source = Objects.requireNonNull(source, "source");
        this.position = Objects.requireNonNull(position, "position");
        this.program = Objects.requireNonNull(program, "program");
        this.variables = Collections.unmodifiableSet(EnumSet.copyOf(variables));
    }

    /** The variables the condition reads, in declaration order. */
    public Set<Variable> variables() {
        return variables;
    }

    /** The values of the variables the condition reads in this state, in declaration order: what made it hold. */
    public Map<Variable, Object> valuesIn(Variables state) {
        Map<Variable, Object> values = new LinkedHashMap<>();
        variables.forEach(variable -> values.put(variable, state.valueOf(variable)));
        return values;
    }

    /** The expression as written. */
    public String source() {
        return source;
    }

    /** Where the expression's first character sits in the file. */
    public SourcePosition position() {
        return position;
    }

    /** Whether the condition holds for these values; an evaluation error is an outcome, not an exception. */
    public Evaluation evaluate(Variables variables) {
        CelVariableResolver resolver = name -> Variable.byKey(name).map(variables::valueOf);
        try {
            Object result = program.eval(resolver);
            return new Evaluation(Boolean.TRUE.equals(result), Optional.empty());
        } catch (CelEvaluationException e) {
            return new Evaluation(false, Optional.of(e.getMessage()));
        }
    }

    @Override
    public String toString() {
        return source;
    }

    /**
     * The result of one evaluation: an expression that cannot be evaluated does not hold (guardrails fail closed).
     *
     * @param error why the expression could not be evaluated, when it could not
     */
    public record Evaluation(boolean holds, Optional<String> error) {
        public Evaluation {
            Objects.requireNonNull(error, "error");
        }
    }
}
