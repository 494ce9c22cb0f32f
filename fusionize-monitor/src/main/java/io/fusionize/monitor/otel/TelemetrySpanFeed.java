package io.fusionize.monitor.otel;

import io.fusionize.monitor.internal.TelemetryParser;
import io.fusionize.protocol.fusion.InvocationRecord;
import io.fusionize.protocol.telemetry.InvocationReport;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns a platform's live telemetry into spans: it joins each invocation's record (from an
 * instance's log line) with its platform report, whichever comes first, and hands the spans of
 * every joined invocation to an {@link OpenTelemetrySpanExport} in batches. A record whose report
 * is overdue is exported without it; a report without a record (an invocation that is not a fusion
 * function's, or that crashed before writing one) is dropped.
 */
public final class TelemetrySpanFeed implements AutoCloseable {

    /** How long a record waits for its report, and a report for its record. */
    public static final Duration JOIN_WINDOW = Duration.ofSeconds(10);
    /** The most spans kept while the receiver is slow or away; older ones are dropped first. */
    public static final int MAX_WAITING_SPANS = 100_000;
    private static final Duration FLUSH_EVERY = Duration.ofMillis(500);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final OpenTelemetrySpanExport export;
    private final TelemetryParser parser = new TelemetryParser();
    private final Map<String, Halves> waiting = new ConcurrentHashMap<>();
    private final List<SpanData> ready = new ArrayList<>();
    private final ScheduledExecutorService flusher;
    private final AtomicLong exportedInvocations = new AtomicLong();
    private final AtomicLong unreadable = new AtomicLong();
    private final AtomicLong failedBatches = new AtomicLong();
    private final AtomicLong droppedSpans = new AtomicLong();
    private final AtomicBoolean exporting = new AtomicBoolean();

    /** @param export where the spans go; closed with this feed */
    public TelemetrySpanFeed(OpenTelemetrySpanExport export) {
        this.export = Objects.requireNonNull(export, "export must not be null");
        this.flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fusionize-span-feed");
            thread.setDaemon(true);
            return thread;
        });
        flusher.scheduleWithFixedDelay(this::flush, FLUSH_EVERY.toMillis(), FLUSH_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** @param line one line an instance wrote; lines without a record are ignored */
    public void acceptLogLine(String line) {
        try {
            parser.recordInLogLine(line).ifPresent(record -> join(record.invocationId(), record, null));
        } catch (RuntimeException e) {
            unreadable.incrementAndGet();
        }
    }

    /** @param json one platform report */
    public void acceptReportJson(String json) {
        try {
            accept(parser.parseReport(json));
        } catch (RuntimeException e) {
            unreadable.incrementAndGet();
        }
    }

    /** @param report one platform report */
    public void accept(InvocationReport report) {
        join(report.requestId(), null, report);
    }

    /** @return invocations whose spans were handed to the exporter */
    public long exportedInvocations() {
        return exportedInvocations.get();
    }

    /** @return records and reports that could not be read */
    public long unreadable() {
        return unreadable.get();
    }

    /** @return batches the exporter reported as not delivered */
    public long failedBatches() {
        return failedBatches.get();
    }

    /** @return spans dropped because the receiver took them slower than they came */
    public long droppedSpans() {
        return droppedSpans.get();
    }

    /** Exports what is joined and every record still waiting, then closes the export. */
    @Override
    public void close() {
        flusher.shutdown();
        try {
            flusher.awaitTermination(FLUSH_EVERY.toMillis() * 4, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        waiting.values().stream().filter(h -> h.record != null).forEach(h -> ready(h.record, h.report));
        waiting.clear();
        awaitBatchInFlight();
        flush();
        awaitBatchInFlight();
        export.close();
    }

    /** Waits, at most {@link #CLOSE_WAIT}, for the batch the receiver is taking. */
    private void awaitBatchInFlight() {
        long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
        try {
            while (exporting.get() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void join(String invocationId, InvocationRecord record, InvocationReport report) {
        if (invocationId == null) {
            return;
        }
        Halves joined = waiting.compute(invocationId, (id, halves) -> {
            Halves now = halves == null ? new Halves(System.nanoTime()) : halves;
            now.record = record != null ? record : now.record;
            now.report = report != null ? report : now.report;
            return now;
        });
        if (joined.record != null && joined.report != null && waiting.remove(invocationId, joined)) {
            ready(joined.record, joined.report);
        }
    }

    private void ready(InvocationRecord record, InvocationReport report) {
        List<SpanData> spans = export.spansOf(record, report);
        synchronized (ready) {
            ready.addAll(spans);
            int excess = ready.size() - MAX_WAITING_SPANS;
            if (excess > 0) {
                ready.subList(0, excess).clear();
                droppedSpans.addAndGet(excess);
            }
        }
        exportedInvocations.incrementAndGet();
    }

    private void flush() {
        long overdue = System.nanoTime() - JOIN_WINDOW.toNanos();
        waiting.forEach((id, halves) -> {
            if (halves.sinceNanos - overdue < 0 && waiting.remove(id, halves) && halves.record != null) {
                ready(halves.record, null);
            }
        });
        // One batch at a time: a slow or absent receiver must not pile up requests, only spans.
        if (!exporting.compareAndSet(false, true)) {
            return;
        }
        List<SpanData> batch;
        synchronized (ready) {
            batch = List.copyOf(ready);
            ready.clear();
        }
        if (batch.isEmpty()) {
            exporting.set(false);
            return;
        }
        // The exporter answers asynchronously; a refused batch is counted, not retried.
        CompletableResultCode result = export.export(batch);
        result.whenComplete(() -> {
            if (!result.isSuccess()) {
                failedBatches.incrementAndGet();
            }
            exporting.set(false);
        });
    }

    /** The two halves of one invocation's telemetry, as far as they arrived. */
    private static final class Halves {

        final long sinceNanos;
        volatile InvocationRecord record;
        volatile InvocationReport report;

        Halves(long sinceNanos) {
            this.sinceNanos = sinceNanos;
        }
    }
}
