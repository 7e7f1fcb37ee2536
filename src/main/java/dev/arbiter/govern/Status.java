package dev.arbiter.govern;

/** Where an action stands in its life (DESIGN.md, Actions and their life). */
public enum Status {
    AUTO_APPROVED,
    AWAITING,
    BLOCKED,
    APPROVED,
    REJECTED,
    EXECUTED;

    /** Whether an action in this state may be executed: approved by a person or inside local authority. */
    public boolean executable() {
        return this == AUTO_APPROVED || this == APPROVED;
    }
}
