package dev.arbiter.policy;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelVariableResolver;
import java.util.Objects;
import java.util.Optional;

/**
 * A CEL condition of the operating model, type-checked to bool and compiled once at load, with the place in the
 * file it was written at.
 */
public final class Expression {
    private final String source;
    private final SourcePosition position;
    private final CelRuntime.Program program;

    Expression(String source, SourcePosition position, CelRuntime.Program program) {
        this.source = Objects.requireNonNull(source, "source");
        this.position = Objects.requireNonNull(position, "position");
        this.program = Objects.requireNonNull(program, "program");
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
