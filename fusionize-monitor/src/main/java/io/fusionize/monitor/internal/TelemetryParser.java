package io.fusionize.monitor.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fusionize.monitor.MalformedTelemetryException;
import io.fusionize.protocol.fusion.InvocationRecord;
import io.fusionize.protocol.json.ProtocolJson;
import io.fusionize.protocol.telemetry.InvocationReport;
import io.fusionize.protocol.telemetry.LogLines;
import java.util.List;
import java.util.Optional;

/** Reads invocation records and platform reports from their JSON wire form, and checks them. */
public final class TelemetryParser {

    private static final String RECORD = "invocation record";
    private static final String REPORT = "platform report";
    // Absent primitives would read as 0, so presence is checked on the document itself.
    private static final List<String> RECORD_FIELDS =
            List.of("invocationId", "application", "function", "setupVersion", "outcome");
    private static final List<String> REPORT_FIELDS = List.of("requestId", "functionName");

    private final ObjectMapper mapper = ProtocolJson.mapper();

    /**
     * Picks an invocation record out of a log line, by the rule of {@link LogLines#recordJson}.
     *
     * @param line one line of an instance's output
     * @return the record, or empty when the line carries none
     * @throws MalformedTelemetryException when the line carries a record that cannot be read
     */
    public Optional<InvocationRecord> recordInLogLine(String line) {
        return LogLines.recordJson(line).map(this::parseRecord);
    }

    /**
     * @param json one invocation record
     * @return the record
     * @throws MalformedTelemetryException when it is not valid JSON or lacks a required field
     */
    public InvocationRecord parseRecord(String json) {
        InvocationRecord record = read(json, InvocationRecord.class, RECORD, RECORD_FIELDS);
        checkRecord(record);
        return record;
    }

    /**
     * @param json one platform report
     * @return the report
     * @throws MalformedTelemetryException when it is not valid JSON or lacks a required field
     */
    public InvocationReport parseReport(String json) {
        InvocationReport report = read(json, InvocationReport.class, REPORT, REPORT_FIELDS);
        checkReport(report);
        return report;
    }

    /**
     * @param report a platform report built in code
     * @throws MalformedTelemetryException when it lacks a required field
     */
    public void checkReport(InvocationReport report) {
        require(report.requestId(), "requestId", REPORT);
        require(report.functionName(), "functionName", REPORT);
    }

    /**
     * @param record an invocation record built in code; its constructor checked the other fields
     * @throws MalformedTelemetryException when it lacks a required field
     */
    public void checkRecord(InvocationRecord record) {
        require(record.application(), "application", RECORD);
    }

    private <T> T read(String json, Class<T> type, String what, List<String> requiredFields) {
        JsonNode document = tree(json, what);
        for (String field : requiredFields) {
            JsonNode value = document.get(field);
            require(value == null || value.isNull() ? null : value, field, what);
        }
        try {
            return mapper.treeToValue(document, type);
        } catch (JsonProcessingException e) {
            // Also a constructor's refusal, such as a task timing without its task.
            throw new MalformedTelemetryException(what + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private JsonNode tree(String json, String what) {
        if (json == null || json.isBlank()) {
            throw new MalformedTelemetryException(what + " must not be empty");
        }
        try {
            JsonNode document = mapper.readTree(json);
            if (!document.isObject()) {
                throw new MalformedTelemetryException(what + " must be a JSON object");
            }
            return document;
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
