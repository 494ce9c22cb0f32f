package io.fusionize.core.record;

import io.fusionize.protocol.fusion.InvocationRecord;
import java.io.PrintStream;
import java.util.Objects;

/**
 * Writes each record as one line {@code FUSIONIZE_RECORD {json}}, which the platform's log
 * listeners pick up: the way a function reports its records.
 */
public final class StdoutRecordSink implements RecordSink {

    private final PrintStream out;

    /** Creates a sink writing to {@link System#out}. */
    public StdoutRecordSink() {
        this(System.out);
    }

    /**
     * @param out the stream to write lines to
     */
    public StdoutRecordSink(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out must not be null");
    }

    @Override
    public void accept(InvocationRecord record) {
        String line = RecordJson.toLogLine(record);
        // one println per record keeps the line whole even when invocations overlap
        out.println(line);
        out.flush();
    }
}
