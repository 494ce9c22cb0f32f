package io.fusionize.core.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.fusionize.core.wire.WireCodec;
import io.fusionize.protocol.fusion.InvocationRecord;
import io.fusionize.protocol.telemetry.LogLines;
import java.util.Objects;
import java.util.Optional;

/** Converts invocation records to and from their JSON form and their stdout log line. */
public final class RecordJson {

    private RecordJson() {
    }

    /**
     * @param record a record
     * @return its single-line JSON form
     */
    public static String toJson(InvocationRecord record) {
        Objects.requireNonNull(record, "record must not be null");
        try {
            return WireCodec.mapper().writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize invocation record", e);
        }
    }

    /**
     * @param json a record's JSON form
     * @return the record
     * @throws IllegalArgumentException when the text is not a record
     */
    public static InvocationRecord fromJson(String json) {
        Objects.requireNonNull(json, "json must not be null");
        try {
            return WireCodec.mapper().readValue(json, InvocationRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an invocation record: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * @param record a record
     * @return the stdout line that carries it: {@code FUSIONIZE_RECORD {json}}
     */
    public static String toLogLine(InvocationRecord record) {
        return LogLines.recordLine(toJson(record));
    }

    /**
     * Picks a record out of one log line, as the monitor does with every instance's output.
     *
     * @param line a log line, possibly preceded by a platform's own prefix
     * @return the record, or empty when the line carries none
     * @throws IllegalArgumentException when the line carries the marker but not a valid record
     */
    public static Optional<InvocationRecord> fromLogLine(String line) {
        Objects.requireNonNull(line, "line must not be null");
        return LogLines.recordJson(line).map(RecordJson::fromJson);
    }
}
