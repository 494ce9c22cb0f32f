package io.fusionize.monitor.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fusionize.core.wire.WireConstants;
import io.fusionize.monitor.MalformedTelemetryException;
import io.fusionize.monitor.dto.InvocationRecord;
import io.fusionize.monitor.dto.PlatformReport;
import java.util.Optional;

/** Reads invocation records and platform reports from their JSON wire form, and checks them. */
public final class TelemetryParser {

    private static final String RECORD_MARKER = WireConstants.RECORD_LINE_PREFIX;

    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /**
     * Picks an invocation record out of a log line. The marker may follow a prefix that a log
     * pipeline added, such as a timestamp.
     *
     * @param line one line of an instance's output
     * @return the record, or empty when the line carries none
     * @throws MalformedTelemetryException when the line carries a record that cannot be read
     */
    public Optional<InvocationRecord> recordInLogLine(String line) {
        int marker = line == null ? -1 : line.indexOf(RECORD_MARKER);
        if (marker < 0) {
            return Optional.empty();
        }
        return Optional.of(parseRecord(line.substring(marker + RECORD_MARKER.length())));
    }

    /**
     * @param json one invocation record
     * @return the record
     * @throws MalformedTelemetryException when it is not valid JSON or lacks a required field
     */
    public InvocationRecord parseRecord(String json) {
        InvocationRecord record = read(json, InvocationRecord.class, "invocation record");
        checkRecord(record);
        return record;
    }

    /**
     * @param json one platform report
     * @return the report
     * @throws MalformedTelemetryException when it is not valid JSON or lacks a required field
     */
    public PlatformReport parseReport(String json) {
        PlatformReport report = read(json, PlatformReport.class, "platform report");
        checkReport(report);
        return report;
    }

    /**
     * @param report a platform report built in code
     * @throws MalformedTelemetryException when it lacks a required field
     */
    public void checkReport(PlatformReport report) {
        require(report.requestId(), "requestId", "platform report");
        require(report.functionName(), "functionName", "platform report");
    }

    /**
     * @param record an invocation record built in code
     * @throws MalformedTelemetryException when it lacks a required field
     */
    public void checkRecord(InvocationRecord record) {
        require(record.invocationId(), "invocationId", "invocation record");
        require(record.application(), "application", "invocation record");
        require(record.setupVersion(), "setupVersion", "invocation record");
    }

    private <T> T read(String json, Class<T> type, String what) {
        if (json == null || json.isBlank()) {
            throw new MalformedTelemetryException(what + " must not be empty");
        }
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new MalformedTelemetryException(what + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void require(Object value, String field, String what) {
        if (value == null) {
            throw new MalformedTelemetryException(what + " lacks the required field '" + field + "'");
        }
    }
}
