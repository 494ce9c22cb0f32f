package io.fusionize.cli.options;

import io.fusionize.cli.support.UserInputException;
import io.fusionize.dashboard.DashboardSession;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --dashboard [--dashboard-port P]}: serves a live page about the command's rounds at
 * {@code http://127.0.0.1:P/} while it runs. Giving a port asks for the dashboard too.
 */
public final class DashboardOption {

    /** The dashboard's port unless told otherwise. */
    public static final int DEFAULT_PORT = 8090;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--dashboard", description = "Serve a live dashboard (setup graph, rounds, charts, live figures)"
            + " at http://127.0.0.1:P/ while the command runs.")
    private boolean enabled;

    @Option(names = "--dashboard-port", paramLabel = "P",
            description = "The dashboard's port, 0 for any free one (default: " + DEFAULT_PORT + "); implies --dashboard.")
    private Integer port;

    /** @return whether the dashboard was asked for */
    public boolean enabled() {
        return enabled || port != null;
    }

    /** @return the port to serve on */
    public int port() {
        return port == null ? DEFAULT_PORT : port;
    }

    /**
     * Starts the dashboard when it was asked for and says where it is.
     *
     * @param options what it shows; its port is replaced by the option's
     * @param say receives the dashboard's address
     * @return the running dashboard, or empty when not asked for
     * @throws ParameterException when the port is out of range
     * @throws UserInputException when the port is taken
     */
    public Optional<DashboardSession> start(DashboardSession.Options options, Consumer<String> say) {
        if (!enabled()) {
            return Optional.empty();
        }
        if (port() < 0 || port() > 65_535) {
            throw new ParameterException(command.commandLine(), "--dashboard-port must be between 0 and 65535, not "
                    + port());
        }
        DashboardSession session;
        try {
            session = DashboardSession.start(new DashboardSession.Options(options.application(), options.mode(),
                    options.optimizer(), options.memorySizesMb(), port(), options.snapshotFile()));
        } catch (RuntimeException e) {
            throw new UserInputException("cannot serve the dashboard on 127.0.0.1:" + port() + " (" + e.getMessage()
                    + "); choose another port with --dashboard-port");
        }
        say.accept("dashboard: " + session.uri());
        return Optional.of(session);
    }
}
