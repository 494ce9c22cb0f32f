package io.fusionize.cli.support;

import java.time.LocalTime;

/** The progress lines long-running commands print: the time of day to the second, then the message. */
public final class LogLine {

    private LogLine() {
    }

    /**
     * @param message what happened
     * @return e.g. {@code 14:03:27 round 2: deployed v3}
     */
    public static String stamped(String message) {
        return LocalTime.now().withNano(0) + " " + message;
    }
}
