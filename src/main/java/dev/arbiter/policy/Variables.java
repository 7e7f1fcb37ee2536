package dev.arbiter.policy;

/** The values an expression is evaluated against, one per {@link Variable}. */
public interface Variables {

    /** The variable's value as a Double, Long, String or Boolean (never null). */
    Object valueOf(Variable variable);
}
