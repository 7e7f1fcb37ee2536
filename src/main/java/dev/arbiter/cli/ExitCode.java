package dev.arbiter.cli;

/** Every exit code Arbiter uses; the README lists the same table. */
public enum ExitCode {
    OK(0),
    USAGE(1),
    BAD_INPUT(2),
    FAILURE(3),
    REFUSED(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
