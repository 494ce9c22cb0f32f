package io.fusionize.cli.platform;

import io.fusionize.cli.options.OtlpOption;
import io.fusionize.cli.options.StateDirOption;
import io.fusionize.cli.support.CommandDefaults;
import io.fusionize.cli.support.UserInputException;
import io.fusionize.cli.support.WriterStream;
import io.fusionize.monitor.otel.TelemetrySpanFeed;
import io.fusionize.platform.LocalPlatform;
import io.fusionize.platform.PlatformMain;
import io.fusionize.platform.PlatformSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code fusionize platform start}: runs the local platform in the foreground until Ctrl-C. */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = {"Runs the local platform in the foreground until Ctrl-C.",
            "It listens on 127.0.0.1, with the Lambda control-plane and Invoke APIs under /2015-03-31/functions.",
            "Prints the endpoint, the token file and which resource limits are enforced; Ctrl-C stops it cleanly."
                + " Functions, queued async events and reports stay in the state directory for the next start."})
public final class PlatformStartCommand implements Callable<Integer> {

    /** The only address the command binds: the platform is for this machine. */
    static final String HOST = "127.0.0.1";

    @Spec private CommandSpec spec;

    @Option(names = "--port", paramLabel = "P", defaultValue = "" + CommandDefaults.PLATFORM_PORT,
            description = "The port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Mixin private StateDirOption state;

    @Mixin private OtlpOption otlp;

    /** Starts the platform and blocks until the process is stopped. */
    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        requireFreePort();
        PrintStream out = WriterStream.of(spec.commandLine().getOut());
        Optional<TelemetrySpanFeed> spans = otlp.open(out::println);
        try {
            PlatformMain.runForeground(state.path(), HOST, port, PlatformSettings.defaults(), out,
                    platform -> spans.ifPresent(feed -> export(platform, feed)));
        } catch (IllegalStateException e) {
            // e.g. another platform holds the state directory; the message says what to do
            throw new UserInputException(e.getMessage());
        } finally {
            spans.ifPresent(TelemetrySpanFeed::close);
        }
        return 0;
    }

    private static void export(LocalPlatform platform, TelemetrySpanFeed feed) {
        platform.addReportListener(feed::accept);
        platform.addLogListener((function, version, requestId, line) -> feed.acceptLogLine(line));
    }

    private void requireFreePort() {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new UserInputException("port " + port + " on " + HOST + " is in use; stop what uses it or"
                    + " choose another with --port");
        }
    }
}
