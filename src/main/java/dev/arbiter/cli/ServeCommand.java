package dev.arbiter.cli;

import dev.arbiter.demo.DemoBrand;
import dev.arbiter.web.WebApp;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code arbiter serve}: the web app over one workspace, until stopped. */
@Command(name = "serve", description = "Serve the web app of a workspace (dashboard, actions, insights, audit) until stopped.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOptions options;

    @Option(names = "--port", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 7070;

    @Option(names = "--host", description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host = "127.0.0.1";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535, got " + port);
        }
        try (Session session = Session.open(options.workspace())) {
            serveUntilStopped(session, host, port, spec.commandLine().getOut());
        }
        return ExitCode.OK.code();
    }

    /** Starts the web app and blocks until the process is interrupted (Ctrl-C). */
    static void serveUntilStopped(Session session, String host, int port, PrintWriter out) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        try (WebApp app = start(session, host, port)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            out.println("serving       http://" + host + ":" + app.port() + "/ (Ctrl-C stops)");
            out.flush();
            stopped.await();
        }
    }

    /** The web app over an open session; the demo workspace is named after the demo brand. */
    static WebApp start(Session session, String host, int port) {
        String brand = Files.exists(session.workspace().dir().resolve(DemoCommand.MARKER)) ? DemoBrand.NAME : "Arbiter";
        return WebApp.start(session.web(brand), host, port);
    }
}
