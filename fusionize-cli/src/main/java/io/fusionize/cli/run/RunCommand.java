package io.fusionize.cli.run;

import io.fusionize.api.Application;
import io.fusionize.cli.options.AppOption;
import io.fusionize.cli.options.DashboardOption;
import io.fusionize.cli.options.OptimizerOption;
import io.fusionize.cli.options.OtlpOption;
import io.fusionize.cli.options.PlatformOption;
import io.fusionize.cli.options.RequestsOption;
import io.fusionize.cli.options.StateDirOption;
import io.fusionize.cli.support.GracefulShutdown;
import io.fusionize.cli.support.LogLine;
import io.fusionize.cli.support.Observation;
import io.fusionize.cli.support.UserInputException;
import io.fusionize.dashboard.DashboardModel;
import io.fusionize.dashboard.DashboardSession;
import io.fusionize.dashboard.SnapshotFile;
import io.fusionize.deploy.loop.ControlLoop;
import io.fusionize.deploy.loop.LoopOptions;
import io.fusionize.deploy.loop.PlatformConnection;
import io.fusionize.deploy.loop.PlatformConnections;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code fusionize run}: the control loop that measures, optimizes and redeploys an application. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the control loop that measures, optimizes and redeploys an application.",
            "It deploys the application all-remote, serves root requests through a gateway, and every round asks"
                + " the optimizer for a better setup and deploys it without failing a request. Each round's"
                + " decision is printed in words.",
            "Stops after --max-rounds, or on Ctrl-C; then prints the final setup with its measured latency and cost."
                + " Started again on the same state directory, it resumes at the same round.",
            "Without --platform it starts its own platform in DIR/platform. A running platform given with"
                + " --platform sends its reports elsewhere, so rounds advance only when the monitor gets them."})
public final class RunCommand implements Callable<Integer> {

    /** How long Ctrl-C waits for the loop to drain requests and print the final setup. */
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(90);

    @Spec private CommandSpec spec;

    @Mixin private AppOption app;

    @Mixin private StateDirOption state;

    @Mixin private PlatformOption.OrEmbedded platform;

    @Option(names = "--load", paramLabel = "RATE", defaultValue = "0",
            description = "Requests per second of a built-in steady load (default: ${DEFAULT-VALUE}, none).")
    private double loadRate;

    @Mixin private RequestsOption requests;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private RoundLength roundLength;

    @Option(names = "--max-rounds", paramLabel = "N", defaultValue = "0",
            description = "Stop after N rounds (default: ${DEFAULT-VALUE}, run until Ctrl-C).")
    private int maxRounds;

    @Mixin private OptimizerOption optimizer;

    @Mixin private DashboardOption dashboard;

    @Mixin private OtlpOption otlp;

    /** How long a round is; at most one. */
    static final class RoundLength {

        @Option(names = "--round-requests", required = true, paramLabel = "N",
                description = "A round ends after N root requests (default: 200).")
        Long requests;

        @Option(names = "--round-seconds", required = true, paramLabel = "T",
                description = "A round ends after T seconds.")
        Long seconds;
    }

    /** Runs the loop until its round limit or Ctrl-C. */
    @Override
    public Integer call() throws InterruptedException {
        checkOptions();
        Application application = app.application();
        requests.check(application);
        LoopOptions options = options(application);
        PrintWriter out = spec.commandLine().getOut();
        try (Observation observation = Observation.open(dashboard, otlp, new DashboardSession.Options(
                application.name(), DashboardModel.MODE_RUN, options.optimizer(), options.memorySizesMb(), 0,
                state.path().resolve(SnapshotFile.NAME)), message -> say(out, message))) {
            ControlLoop loop = start(options, out, observation);
            observation.follow(loop);
            GracefulShutdown shutdown = GracefulShutdown.install(loop::stop, SHUTDOWN_GRACE);
            try {
                say(out, "gateway: " + loop.gatewayUri().resolve("/apps/" + application.name() + "/")
                        + String.join("|", application.entryTasks()) + "; Ctrl-C stops the loop");
                loop.run();
                say(out, "gateway: " + loop.gatewayRequests() + " requests answered, " + loop.gatewayFailures()
                        + " failed" + objective(options));
                loop.load().filter(load -> load.failed() > 0)
                        .ifPresent(load -> say(out, "failed load requests by cause: " + load.failureCauses()));
            } finally {
                loop.close();
                observation.finished("ended after round " + loop.state().round());
                shutdown.done();
            }
        }
        return 0;
    }

    private ControlLoop start(LoopOptions options, PrintWriter out, Observation observation) {
        PlatformConnection connection;
        try {
            connection = observation.watch(PlatformConnections.open(options, line -> say(out, line)));
        } catch (IllegalStateException e) {
            // e.g. another process uses the embedded platform's state directory
            throw new UserInputException(e.getMessage());
        }
        try {
            return ControlLoop.start(options, connection, ControlLoop.optimizerFor(options),
                    message -> say(out, message));
        } catch (RuntimeException e) {
            connection.close();
            throw platform.given() ? platform.explain(e, state) : e;
        }
    }

    private LoopOptions options(Application application) {
        LoopOptions.Builder builder = LoopOptions.builder(application.name()).stateDirectory(state.path())
                .loadRate(loadRate).requests(requests.choice()).maxRounds(maxRounds).optimizer(optimizer.name())
                .goal(optimizer.goal()).architecture(optimizer.architecture())
                .extraEnvironment(state.dataEnvironment());
        if (platform.given()) {
            builder.platform(platform.address(), platform.connect(state));
        }
        if (roundLength != null && roundLength.seconds != null) {
            builder.roundTime(Duration.ofSeconds(roundLength.seconds));
        } else if (roundLength != null) {
            builder.roundRequests(roundLength.requests);
        }
        return builder.build();
    }

    private void checkOptions() {
        if (!(loadRate >= 0) || Double.isInfinite(loadRate)) {
            throw new ParameterException(spec.commandLine(), "--load must be 0 or more requests per second");
        }
        if (requests.given() && loadRate == 0) {
            throw new ParameterException(spec.commandLine(), "--requests and --seed choose what --load sends;"
                    + " give --load RATE too");
        }
        if (maxRounds < 0) {
            throw new ParameterException(spec.commandLine(), "--max-rounds must be 0 (no limit) or more");
        }
        if (roundLength != null && roundLength.requests != null && roundLength.requests < 1) {
            throw new ParameterException(spec.commandLine(), "--round-requests must be at least 1");
        }
        if (roundLength != null && roundLength.seconds != null && roundLength.seconds < 1) {
            throw new ParameterException(spec.commandLine(), "--round-seconds must be at least 1");
        }
    }

    // The default objective goes unmentioned, as before there was a choice.
    private static String objective(LoopOptions options) {
        return options.goal().balanced() ? "" : "; objective " + options.goal().label();
    }

    private static void say(PrintWriter out, String message) {
        out.println(LogLine.stamped(message));
        out.flush();
    }
}
