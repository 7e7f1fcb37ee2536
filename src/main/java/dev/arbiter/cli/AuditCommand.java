package dev.arbiter.cli;

import dev.arbiter.govern.AuditVerification;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code arbiter audit verify}: whether the hash-chained audit log is the chain it was written as. */
@Command(name = "audit", description = "Check the hash-chained audit log.", subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Walks the chain and names the first entry that was edited, deleted or moved; exit code 2 when tampered. */
    @Command(name = "verify", description = "Verify every entry of the audit log; exit code 2 names the first bad entry.")
    static final class Verify implements Callable<Integer> {
        @Mixin
        WorkspaceOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Session session = Session.open(options.workspace())) {
                AuditVerification verification = session.auditLog().verify();
                PrintWriter out = spec.commandLine().getOut();
                if (verification.intact()) {
                    out.println("audit log intact: " + verification.entries() + " entries, every hash chained");
                    out.flush();
                    return ExitCode.OK.code();
                }
                PrintWriter err = spec.commandLine().getErr();
                err.println("audit log tampered: first bad entry is " + verification.firstBadSeq().orElseThrow() + " ("
                        + verification.reason() + "); " + verification.entries() + " entries read");
                err.flush();
                return ExitCode.BAD_INPUT.code();
            }
        }
    }
}
