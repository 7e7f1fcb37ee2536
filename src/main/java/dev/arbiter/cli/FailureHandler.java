package dev.arbiter.cli;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.Problem;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints a failure as one line (and its problems), never a stack trace unless {@code --verbose} is given. */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine line, ParseResult parsed) {
        var err = line.getErr();
        if (e instanceof ArbiterException failure) {
            err.println("arbiter: " + failure.getMessage());
            for (Problem problem : failure.problems()) {
                err.println("  " + problem.render());
            }
            if (verbose(parsed)) {
                e.printStackTrace(err);
            }
            err.flush();
            return failure.kind() == ErrorKind.USER ? ExitCode.BAD_INPUT.code() : ExitCode.FAILURE.code();
        }
        err.println("arbiter: internal error: " + e + " (run again with --verbose for details)");
        if (verbose(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.FAILURE.code();
    }

    private static boolean verbose(ParseResult parsed) {
        return parsed.originalArgs().contains("--verbose");
    }
}
