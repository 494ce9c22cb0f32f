package io.fusionize.monitor.otel;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.protocol.fusion.InvocationRecord;
import io.fusionize.protocol.fusion.Outcome;
import io.fusionize.protocol.json.ProtocolJson;
import io.fusionize.protocol.telemetry.InvocationReport;
import io.fusionize.protocol.telemetry.LogLines;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 1, unit = TimeUnit.MINUTES)
class TelemetrySpanFeedTests {

    private final Collecting exporter = new Collecting();

    @Test
    void aRecordAndItsReportAreJoinedWhicheverComesFirst() throws Exception {
        try (TelemetrySpanFeed feed = new TelemetrySpanFeed(new OpenTelemetrySpanExport(exporter))) {
            feed.acceptLogLine("some output");
            feed.acceptLogLine(LogLines.recordLine(ProtocolJson.write(record("a"))));
            feed.acceptReportJson(ProtocolJson.write(report("a")));
            feed.accept(report("b"));
            feed.acceptLogLine(LogLines.recordLine(ProtocolJson.write(record("b"))));
            // the feed sends twice a second; the test's timeout bounds the wait
            while (exporter.spans.size() < 2) {
                Thread.sleep(50);
            }
            assertThat(feed.exportedInvocations()).isEqualTo(2);
        }
        assertThat(exporter.spans).extracting(SpanData::getKind).containsOnly(SpanKind.SERVER);
        assertThat(exporter.spans).allSatisfy(span -> assertThat(span.getAttributes()
                .get(AttributeKey.longKey("fusionize.billed_duration_ms"))).isEqualTo(41L));
        assertThat(exporter.shutDown).isTrue();
    }

    @Test
    void aRecordStillWaitingForItsReportIsExportedOnCloseAndUnreadableInputIsCounted() {
        TelemetrySpanFeed feed = new TelemetrySpanFeed(new OpenTelemetrySpanExport(exporter));
        feed.acceptLogLine(LogLines.recordLine(ProtocolJson.write(record("c"))));
        feed.acceptLogLine(LogLines.recordLine("{broken"));
        feed.acceptReportJson("{}");
        feed.accept(report("no-record"));

        feed.close();

        assertThat(exporter.spans).hasSize(1);
        assertThat(exporter.spans.get(0).getAttributes().get(AttributeKey.longKey("fusionize.billed_duration_ms")))
                .isNull();
        assertThat(feed.unreadable()).isEqualTo(2);
    }

    private static InvocationRecord record(String id) {
        return new InvocationRecord("iot", "iot-I", "I", 3, "trace-" + id, id, null, true, false, 512, 1_000, 1_040,
                Outcome.SUCCESS, null, null, List.of(), List.of());
    }

    private static InvocationReport report(String id) {
        return new InvocationReport(id, "iot-I", "3", 512, "RequestResponse", false, 40.2, 41, 0, 80, 0.000001,
                "Success", null, 1_000, 1_040, true, true, false);
    }

    private static final class Collecting implements SpanExporter {

        final List<SpanData> spans = new CopyOnWriteArrayList<>();
        volatile boolean shutDown;

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
