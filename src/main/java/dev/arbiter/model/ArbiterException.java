package dev.arbiter.model;

import java.util.List;
import java.util.Objects;

/** The one failure type: thrown deep, caught once at the edge (CLI or web) and shown without a stack trace. */
public class ArbiterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;
    private final transient List<Problem> problems;

    public ArbiterException(ErrorKind kind, String message) {
        this(kind, message, List.of(), null);
    }

    public ArbiterException(ErrorKind kind, String message, Throwable cause) {
        this(kind, message, List.of(), cause);
    }

    public ArbiterException(ErrorKind kind, String message, List<Problem> problems, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.problems = List.copyOf(problems);
    }

    /** Bad input, with every problem found in it. */
    public static ArbiterException badInput(String message, List<Problem> problems) {
        return new ArbiterException(ErrorKind.USER, message, problems, null);
    }

    public ErrorKind kind() {
        return kind;
    }

    public List<Problem> problems() {
        return problems;
    }
}
