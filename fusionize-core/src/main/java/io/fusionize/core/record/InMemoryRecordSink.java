package io.fusionize.core.record;

import io.fusionize.protocol.fusion.InvocationRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Keeps records in memory, in arrival order: for tests and the in-process harness. */
public final class InMemoryRecordSink implements RecordSink {

    private final List<InvocationRecord> records = new ArrayList<>();

    @Override
    public synchronized void accept(InvocationRecord record) {
        records.add(Objects.requireNonNull(record, "record must not be null"));
    }

    /** @return a snapshot of the records received so far */
    public synchronized List<InvocationRecord> records() {
        return List.copyOf(records);
    }

    /** Forgets every record received so far. */
    public synchronized void clear() {
        records.clear();
    }
}
