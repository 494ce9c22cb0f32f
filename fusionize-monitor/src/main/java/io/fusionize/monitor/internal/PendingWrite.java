package io.fusionize.monitor.internal;

import io.fusionize.monitor.dto.ClientLatency;
import io.fusionize.protocol.fusion.InvocationRecord;
import io.fusionize.protocol.telemetry.InvocationReport;
import java.util.concurrent.CompletableFuture;

/** One item on the writer's queue: data to insert, or a barrier that completes once written. */
public sealed interface PendingWrite {

    /** @param record an invocation record to insert */
    record RecordWrite(InvocationRecord record) implements PendingWrite {
    }

    /** @param report a platform report to insert */
    record ReportWrite(InvocationReport report) implements PendingWrite {
    }

    /** @param latency a gateway measurement to insert */
    record LatencyWrite(ClientLatency latency) implements PendingWrite {
    }

    /** @param done completed once everything queued before this barrier is committed */
    record Barrier(CompletableFuture<Void> done) implements PendingWrite {
    }

    /** Tells the writer thread to commit what it holds and stop. */
    record Stop() implements PendingWrite {
    }
}
