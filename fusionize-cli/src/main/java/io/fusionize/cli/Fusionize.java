package io.fusionize.cli;

import io.fusionize.cli.support.ErrorReporter;
import io.fusionize.cli.support.ServerLogs;
import picocli.CommandLine;

/**
 * Entry point of the {@code fusionize} command.
 *
 * <p>Exit codes: 0 on success, 1 when what the user gave is wrong (a bad setup, an unknown
 * application, an unreadable file), 2 on usage errors (unknown options, missing arguments).
 */
public final class Fusionize {

    /** Exit code for errors in what the user gave. */
    public static final int EXIT_USER_ERROR = 1;

    /** Exit code for usage errors. */
    public static final int EXIT_USAGE = 2;

    private Fusionize() {
    }

    /**
     * Runs the command and exits with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        ServerLogs.quieten();
        System.exit(commandLine().execute(args));
    }

    /** @return the configured command line, ready to {@code execute} */
    public static CommandLine commandLine() {
        return new CommandLine(new FusionizeCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new ErrorReporter(EXIT_USER_ERROR));
    }
}
