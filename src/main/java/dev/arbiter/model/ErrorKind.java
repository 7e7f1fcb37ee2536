package dev.arbiter.model;

/** Who must act on a failure: the user, an outside system, or us. */
public enum ErrorKind {
    USER,
    EXTERNAL,
    INTERNAL
}
