package io.fusionize.cli.platform;

import io.fusionize.cli.options.StateDirOption;
import io.fusionize.cli.support.CommandDefaults;
import io.fusionize.cli.support.UserInputException;
import io.fusionize.cli.support.WriterStream;
import io.fusionize.platform.PlatformMain;
import io.fusionize.platform.PlatformSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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

    /** Starts the platform and blocks until the process is stopped. */
    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        requireFreePort();
        try {
            PlatformMain.runForeground(state.path(), HOST, port, PlatformSettings.defaults(),
                    WriterStream.of(spec.commandLine().getOut()));
        } catch (IllegalStateException e) {
            // e.g. another platform holds the state directory; the message says what to do
            throw new UserInputException(e.getMessage());
        }
        return 0;
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
