package io.fusionize.protocol.telemetry;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One item of the telemetry feed: a report or an instance's log line, with its sequence number.
 *
 * @param seq its sequence number, from 1
 * @param type {@value #REPORT} or {@value #LOG}
 * @param report the report, for a report
 * @param functionName the function, for a log line
 * @param version the version, for a log line
 * @param requestId the running invocation, for a log line, or {@code null}
 * @param line the line, for a log line
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"seq", "type", "report", "functionName", "version", "requestId", "line"})
public record TelemetryItem(long seq, String type, InvocationReport report, String functionName, String version,
        String requestId, String line) {

    /** Type of a report item. */
    public static final String REPORT = "report";
    /** Type of a log line item. */
    public static final String LOG = "log";

    /**
     * @param report a report
     * @return an unnumbered report item
     */
    public static TelemetryItem ofReport(InvocationReport report) {
        return new TelemetryItem(0, REPORT, Objects.requireNonNull(report, "report must not be null"),
                null, null, null, null);
    }

    /**
     * @param functionName the function the instance runs
     * @param version its version
     * @param requestId the running invocation, or {@code null}
     * @param line the line
     * @return an unnumbered log item
     */
    public static TelemetryItem ofLog(String functionName, String version, String requestId, String line) {
        return new TelemetryItem(0, LOG, null, functionName, version, requestId, line);
    }

    /**
     * @param number a sequence number
     * @return this item with that number
     */
    public TelemetryItem numbered(long number) {
        return new TelemetryItem(number, type, report, functionName, version, requestId, line);
    }

    /** @return whether this item carries a report */
    public boolean carriesReport() {
        return REPORT.equals(type) && report != null;
    }

    /** @return whether this item carries a log line */
    public boolean carriesLog() {
        return LOG.equals(type) && line != null;
    }
}
