package io.fusionize.cli;

import io.fusionize.cli.logging.ConsoleLogging;
import io.fusionize.cli.logging.LogSink;
import io.fusionize.cli.logging.WarningDigest;
import io.fusionize.cli.support.ErrorReporter;
import io.fusionize.cli.support.LogLine;
import io.fusionize.cli.support.ServerLogs;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

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
        ConsoleLogging.install();
        System.exit(commandLine().execute(args));
    }

    /** @return the configured command line, ready to {@code execute} */
    public static CommandLine commandLine() {
        return new CommandLine(new FusionizeCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new ErrorReporter(EXIT_USER_ERROR))
                .setExecutionStrategy(Fusionize::execute);
    }

    /**
     * Runs the chosen command; a long-running one logs to a file next to its state, and its
     * console shows a line with the warnings' counts now and then instead of each warning.
     */
    private static int execute(ParseResult parsed) {
        Optional<Path> logFile = ConsoleLogging.logFileFor(parsed);
        LogSink.get().routeTo(logFile.orElse(null));
        if (logFile.isEmpty()) {
            return new CommandLine.RunLast().execute(parsed);
        }
        ParseResult leaf = parsed;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        PrintWriter out = leaf.commandSpec().commandLine().getOut();
        try (WarningDigest digest = WarningDigest.start(LogSink.get(), line -> {
            out.println(LogLine.stamped(line));
            out.flush();
        })) {
            return new CommandLine.RunLast().execute(parsed);
        }
    }
}
