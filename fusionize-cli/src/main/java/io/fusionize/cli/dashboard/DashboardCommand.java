package io.fusionize.cli.dashboard;

import io.fusionize.cli.options.AppJarOption;
import io.fusionize.cli.options.DashboardOption;
import io.fusionize.cli.support.UserInputException;
import io.fusionize.dashboard.DashboardServer;
import io.fusionize.dashboard.StateDirectoryFeed;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code fusionize dashboard}: the live page for a loop that runs elsewhere or has ended. */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = {"Serves the dashboard of a loop or an experiment from its state directory until Ctrl-C.",
            "Give the state directory of 'fusionize run' (it follows a loop running elsewhere as it goes) or the --out"
                + " directory of an experiment or the demo run with --dashboard. The page is at http://127.0.0.1:P/."})
public final class DashboardCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Option(names = "--state", paramLabel = "DIR", required = true,
            description = "The state directory of a run, or the output directory of an experiment.")
    private Path directory;

    @Option(names = "--app", paramLabel = "APP", description = "The application, when several loops ran in DIR.")
    private String application;

    @Option(names = {"--port", "--dashboard-port"}, paramLabel = "P", defaultValue = "" + DashboardOption.DEFAULT_PORT,
            description = "The port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Mixin private AppJarOption jars;

    /** Serves the page until the process is stopped. */
    @Override
    public Integer call() throws InterruptedException {
        jars.load();
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        if (!Files.isDirectory(directory)) {
            throw new UserInputException("no directory " + directory);
        }
        Supplier<String> snapshot;
        try {
            snapshot = StateDirectoryFeed.open(directory, application);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        DashboardServer server;
        try {
            server = DashboardServer.start(snapshot, port);
        } catch (RuntimeException e) {
            throw new UserInputException("cannot serve the dashboard on 127.0.0.1:" + port + " (" + e.getMessage()
                    + "); choose another port with --port");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            closeQuietly(snapshot);
            stopped.countDown();
        }, "fusionize-dashboard-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("dashboard of " + directory + ": " + server.uri() + "; Ctrl-C stops it");
        out.flush();
        stopped.await();
        return 0;
    }

    private static void closeQuietly(Supplier<String> snapshot) {
        if (snapshot instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // the process is stopping; the monitor's store closes with it
            }
        }
    }
}
