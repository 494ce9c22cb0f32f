package io.fusionize.monitor.otel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.fusionize.protocol.fusion.CallRecord;
import io.fusionize.protocol.fusion.InvocationRecord;
import io.fusionize.protocol.fusion.Outcome;
import io.fusionize.protocol.telemetry.InvocationReport;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class OpenTelemetrySpanExportTests {

    private static final String TRACE = "0af7651916cd43dd8448eb211c80319c";

    private final CollectingExporter exporter = new CollectingExporter();
    private final OpenTelemetrySpanExport export = new OpenTelemetrySpanExport(exporter);

    @Test
    void exportsARootInvocationAsAServerSpanWithFaasAttributes() {
        export.export(root(), report("root-1", true, "Success", null));

        SpanData server = exporter.spans.get(0);
        assertThat(server.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(server.getName()).isEqualTo("iot-I");
        assertThat(server.getTraceId()).isEqualTo(TRACE);
        assertThat(server.getParentSpanContext().isValid()).isFalse();
        assertThat(server.getAttributes().get(AttributeKey.stringKey("faas.trigger"))).isEqualTo("http");
        assertThat(server.getAttributes().get(AttributeKey.stringKey("faas.invocation_id"))).isEqualTo("root-1");
        assertThat(server.getAttributes().get(AttributeKey.booleanKey("faas.coldstart"))).isTrue();
        assertThat(server.getAttributes().get(AttributeKey.longKey("fusionize.billed_duration_ms"))).isEqualTo(41);
        assertThat(server.getResource().getAttribute(AttributeKey.stringKey("faas.version"))).isEqualTo("3");
        assertThat(server.getResource().getAttribute(AttributeKey.longKey("faas.max_memory")))
                .isEqualTo(512L * 1024 * 1024);
        assertThat(server.getEndEpochNanos() - server.getStartEpochNanos()).isEqualTo(40_000_000L);
    }

    @Test
    void exportsRemoteCallsAsClientSpansAndInlineCallsAsInternalSpans() {
        List<SpanData> spans = export.spansOf(root(), null);

        assertThat(spans).extracting(SpanData::getKind, SpanData::getName).containsExactly(
                tuple(SpanKind.SERVER, "iot-I"),
                tuple(SpanKind.INTERNAL, "CW"),
                tuple(SpanKind.CLIENT, "iot-CT"));
        SpanData client = spans.get(2);
        assertThat(client.getAttributes().get(AttributeKey.stringKey("faas.invoked_name"))).isEqualTo("iot-CT");
        assertThat(client.getAttributes().get(AttributeKey.stringKey("faas.invoked_provider"))).isEqualTo("aws");
        assertThat(client.getParentSpanId()).isEqualTo(spans.get(0).getSpanId());
        assertThat(spans.get(1).getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    }

    @Test
    void parentsAChildInvocationExportedLaterUnderItsCallersSpan() {
        SpanData rootSpan = export.spansOf(root(), null).get(0);
        InvocationRecord child = new InvocationRecord("iot", "iot-CT", "CT", 3, TRACE, "child-1", "root-1", false,
                false, 1024, 1_010, 1_090, Outcome.SUCCESS, null, null, List.of(), List.of());

        SpanData childSpan = export.spansOf(child, report("child-1", false, "Unhandled", "Sandbox.Timedout")).get(0);

        assertThat(childSpan.getTraceId()).isEqualTo(rootSpan.getTraceId());
        assertThat(childSpan.getParentSpanId()).isEqualTo(rootSpan.getSpanId());
        assertThat(childSpan.getAttributes().get(AttributeKey.stringKey("faas.trigger"))).isEqualTo("other");
        assertThat(childSpan.getStatus().getDescription()).isEqualTo("Sandbox.Timedout");
    }

    @Test
    void hashesTraceIdsThatAreNotHexIntoValidOnes() {
        InvocationRecord record = new InvocationRecord("iot", "iot-I", "I", 1, "not-a-uuid", "r", null, true,
                false, 128, 0, 1, Outcome.SUCCESS, null, null, List.of(), List.of());

        SpanData span = export.spansOf(record, null).get(0);

        assertThat(span.getSpanContext().isValid()).isTrue();
        assertThat(span.getTraceId()).hasSize(32).isNotEqualTo(TRACE);
    }

    @Test
    void shutsTheExporterDownOnClose() {
        export.close();

        assertThat(exporter.shutDown).isTrue();
    }

    private static InvocationRecord root() {
        return new InvocationRecord("iot", "iot-I", "I", 3, "0AF76519-16CD-43DD-8448-EB211C80319C", "root-1", null,
                true, true, 512, 1_000, 1_040, Outcome.SUCCESS, null, null,
                List.of(new CallRecord("I", "CW", true, true, 5_000, 10, 4, "java.lang.IllegalStateException"),
                        new CallRecord("I", "CT", false, false, 2_000, 10, 0, null)),
                List.of());
    }

    private static InvocationReport report(String id, boolean cold, String outcome, String errorType) {
        return new InvocationReport(id, "iot-I", "3", 512, "RequestResponse", cold, 40.2, 41, 0, 80, 0.000001,
                outcome, errorType, 1_000, 1_040, true, true, false);
    }

    private static final class CollectingExporter implements SpanExporter {
        final List<SpanData> spans = new ArrayList<>();
        boolean shutDown;

        @Override
        public CompletableResultCode export(Collection<SpanData> batch) {
            spans.addAll(batch);
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            shutDown = true;
            return CompletableResultCode.ofSuccess();
        }
    }
}
