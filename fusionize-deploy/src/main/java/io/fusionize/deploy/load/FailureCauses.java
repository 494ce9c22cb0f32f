package io.fusionize.deploy.load;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns exceptions into short, countable failure causes. */
final class FailureCauses {

    private static final int MAX_MESSAGE = 160;

    private FailureCauses() {
    }

    /** Names the root exception's type and the first line of its message. */
    static String describe(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause.getClass().getSimpleName();
        }
        String firstLine = message.lines().findFirst().orElse("").strip();
        String shortened = firstLine.length() > MAX_MESSAGE ? firstLine.substring(0, MAX_MESSAGE) + "..." : firstLine;
        return cause.getClass().getSimpleName() + ": " + shortened;
    }
}
