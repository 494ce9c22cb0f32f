package io.fusionize.protocol.telemetry;

import java.util.Optional;

/**
 * The rules for what an instance's log lines carry beyond free text: an invocation record, and the
 * marker that ends an invocation's logs. Every reader (the monitor, audits, CloudWatch readers)
 * uses these rules, so they all accept the same lines.
 */
public final class LogLines {

    /** Prefix of the stdout line that carries one invocation record as JSON. */
    public static final String RECORD_PREFIX = "FUSIONIZE_RECORD ";
    /**
     * Start of the stdout line that ends an invocation's logs; the request id follows. It starts
     * with an ASCII record separator, so no ordinary log line is taken for it.
     */
    public static final String END_MARKER = "\u001eFUSIONIZE_END ";

    private LogLines() {
    }

    /**
     * Finds an invocation record's JSON in a log line. The prefix may follow text that a log
     * pipeline added in front, such as a timestamp and request id on CloudWatch Logs.
     *
     * @param line one log line, or {@code null}
     * @return the record's JSON, or empty when the line carries none
     */
    public static Optional<String> recordJson(String line) {
        int start = line == null ? -1 : line.indexOf(RECORD_PREFIX);
        if (start < 0) {
            return Optional.empty();
        }
        return Optional.of(line.substring(start + RECORD_PREFIX.length()).strip());
    }

    /**
     * @param recordJson an invocation record's single-line JSON
     * @return the log line that carries it
     */
    public static String recordLine(String recordJson) {
        return RECORD_PREFIX + recordJson;
    }

    /**
     * @param line one log line, or {@code null}
     * @return the request id whose logs the line ends, or empty when it is no end marker
     */
    public static Optional<String> endedRequestId(String line) {
        if (line == null || !line.startsWith(END_MARKER)) {
            return Optional.empty();
        }
        return Optional.of(line.substring(END_MARKER.length()).strip());
    }
}
