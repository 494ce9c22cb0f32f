package io.fusionize.monitor.otel;

import io.fusionize.protocol.fusion.InvocationRecord;
import io.fusionize.protocol.telemetry.InvocationReport;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Exports invocations as OpenTelemetry spans that follow the FaaS semantic conventions, to any
 * {@link SpanExporter} (OTLP, logging, ...).
 *
 * <p>Each invocation becomes a SERVER span named after its function, with {@code faas.trigger},
 * {@code faas.invocation_id} and {@code faas.coldstart}; each remote call a CLIENT span with
 * {@code faas.invoked_name} and {@code faas.invoked_provider}; each in-process call an INTERNAL
 * span. The resource carries {@code faas.name}, {@code faas.version} (the setup version) and
 * {@code faas.max_memory} in bytes. Ids derive from the runtime's trace and invocation ids, so
 * invocations exported separately join into one trace.
 */
public final class OpenTelemetrySpanExport implements AutoCloseable {

    /** The provider the local platform reports itself as: it speaks AWS Lambda's protocols. */
    public static final String DEFAULT_PROVIDER = "aws";

    private final SpanExporter exporter;
    private final InvocationSpans spans;

    /** @param exporter where spans go; closed with this export */
    public OpenTelemetrySpanExport(SpanExporter exporter) {
        this(exporter, DEFAULT_PROVIDER);
    }

    /**
     * @param exporter where spans go; closed with this export
     * @param invokedProvider the value of {@code faas.invoked_provider} on remote calls
     */
    public OpenTelemetrySpanExport(SpanExporter exporter, String invokedProvider) {
        this.exporter = Objects.requireNonNull(exporter, "exporter must not be null");
        this.spans = new InvocationSpans(Objects.requireNonNull(invokedProvider, "invokedProvider must not be null"));
    }

    /**
     * @param record an invocation record
     * @param report its platform report, or {@code null} when none arrived
     * @return the spans that stand for the invocation, the invocation's own first
     */
    public List<SpanData> spansOf(InvocationRecord record, InvocationReport report) {
        return spans.of(Objects.requireNonNull(record, "record must not be null"), report);
    }

    /**
     * @param record an invocation record
     * @param report its platform report, or {@code null} when none arrived
     * @return the exporter's result, completing when the spans are sent
     */
    public CompletableResultCode export(InvocationRecord record, InvocationReport report) {
        return exporter.export(spansOf(record, report));
    }

    /**
     * @param batch spans of any invocations, e.g. several joined by a {@link TelemetrySpanFeed}
     * @return the exporter's result, completing when the spans are sent
     */
    public CompletableResultCode export(Collection<SpanData> batch) {
        return exporter.export(Objects.requireNonNull(batch, "batch must not be null"));
    }

    /** Flushes and shuts down the exporter. */
    @Override
    public void close() {
        exporter.flush();
        exporter.shutdown();
    }
}
