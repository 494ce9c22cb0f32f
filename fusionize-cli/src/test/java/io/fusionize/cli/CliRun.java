package io.fusionize.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One run of the {@code fusionize} command with its output captured.
 *
 * @param exitCode the exit code
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
public record CliRun(int exitCode, String out, String err) {

    /**
     * @param args the command-line arguments
     * @return the run's exit code and output
     */
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Fusionize.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        int exitCode;
        try {
            exitCode = commandLine.execute(args);
        } finally {
            // --app-jar installs the application's loader on the calling thread; later runs start clean.
            Thread.currentThread().setContextClassLoader(loader);
        }
        return new CliRun(exitCode, out.toString(), err.toString());
    }
}
