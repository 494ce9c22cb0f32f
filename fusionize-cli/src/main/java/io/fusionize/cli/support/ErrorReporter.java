package io.fusionize.cli.support;

import io.fusionize.api.TaskFailedException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception thrown by a command into one line on standard error and an exit code.
 *
 * <p>Stack traces are printed only when the environment variable {@value #DEBUG_VARIABLE} is set,
 * because users should see what to fix, not where the code stopped.
 */
public final class ErrorReporter implements IExecutionExceptionHandler {

    /** Set this environment variable to any value to get stack traces. */
    public static final String DEBUG_VARIABLE = "FUSIONIZE_DEBUG";

    private final int exitCode;

    /**
     * @param exitCode the exit code to return for every reported error
     */
    public ErrorReporter(int exitCode) {
        this.exitCode = exitCode;
    }

    /** Prints the error and returns the exit code. */
    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        commandLine.getErr().println("error: " + describe(exception));
        if (System.getenv(DEBUG_VARIABLE) != null) {
            exception.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().flush();
        return exitCode;
    }

    /**
     * @param exception an error
     * @return its message, or its type for errors that are not the user's
     */
    static String describe(Throwable exception) {
        if (exception instanceof UserInputException || exception instanceof IllegalArgumentException
                || exception instanceof TaskFailedException
                || exception instanceof UncheckedIOException) {
            return oneLine(exception.getMessage());
        }
        return exception.getClass().getSimpleName() + ": " + oneLine(String.valueOf(exception.getMessage()))
                + " (set " + DEBUG_VARIABLE + "=1 for details)";
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ");
    }
}
