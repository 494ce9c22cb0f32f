package io.fusionize.core.record;

import io.fusionize.protocol.fusion.InvocationRecord;
import java.util.Objects;

/**
 * Where the runtime hands each invocation record, once the invocation has completed.
 * Implementations must be safe for concurrent use.
 */
@FunctionalInterface
public interface RecordSink {

    /**
     * @param record the record of a completed invocation
     */
    void accept(InvocationRecord record);

    /**
     * @param other a further sink
     * @return a sink that hands every record to this sink, then to the other
     */
    default RecordSink andThen(RecordSink other) {
        Objects.requireNonNull(other, "other sink must not be null");
        return record -> {
            accept(record);
            other.accept(record);
        };
    }
}
