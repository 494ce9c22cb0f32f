package io.fusionize.cli.logging;

import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Keeps the console for progress and decisions: {@link #install()} makes SLF4J and
 * {@code java.util.logging} write to the {@link LogSink}, and {@link #logFileFor} names the file a
 * long-running command's log lines go to: {@code fusionize-COMMAND.log} in its state directory
 * ({@code --state}) or output directory ({@code --out}).
 */
public final class ConsoleLogging {

    private static final String PROVIDER_PROPERTY = "slf4j.provider";
    private static final String VERBOSITY_PROPERTY = "slf4j.internal.verbosity";

    private ConsoleLogging() {
    }

    /** Chooses the sink as the SLF4J provider and bridges {@code java.util.logging}; call before anything logs. */
    public static void install() {
        if (System.getProperty(PROVIDER_PROPERTY) == null) {
            System.setProperty(PROVIDER_PROPERTY, SinkProvider.class.getName());
            // SLF4J would announce the explicit choice on standard error.
            System.setProperty(VERBOSITY_PROPERTY, "WARN");
        }
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(java.util.logging.Level.INFO);
        root.addHandler(new JulBridge());
    }

    /**
     * @param parsed the parsed command line
     * @return the log file of the command it runs, when that command runs long and keeps state
     */
    public static Optional<Path> logFileFor(ParseResult parsed) {
        ParseResult leaf = parsed;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        if (leaf.isUsageHelpRequested() || leaf.isVersionHelpRequested()) {
            return Optional.empty();
        }
        CommandSpec command = leaf.commandSpec();
        String name = command.qualifiedName(" ").replaceFirst("^\\S+ ", "");
        return switch (name) {
            case "run", "platform start" -> value(command, "--state").map(dir -> dir.resolve(file(name)));
            case "experiment", "explore" -> value(command, "--out").map(dir -> dir.resolve(file(name)));
            case "demo" -> leaf.hasMatchedOption("--in-process") ? Optional.empty()
                    : value(command, "--out").map(dir -> dir.resolve(file(name)));
            default -> Optional.empty();
        };
    }

    private static String file(String command) {
        return "fusionize-" + command.replace(' ', '-') + ".log";
    }

    private static Optional<Path> value(CommandSpec command, String option) {
        OptionSpec spec = command.findOption(option);
        Object value = spec == null ? null : spec.getValue();
        return value instanceof Path path ? Optional.of(path) : Optional.empty();
    }
}
