package io.fusionize.monitor.otel;

import static io.fusionize.monitor.otel.FaasAttributes.*;

import io.fusionize.protocol.fusion.CallRecord;
import io.fusionize.protocol.fusion.FunctionNaming;
import io.fusionize.protocol.fusion.InvocationRecord;
import io.fusionize.protocol.telemetry.InvocationReport;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.data.StatusData;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one invocation into spans: a SERVER span for the invocation, parented by the caller's
 * invocation span, and one span per call, CLIENT when remote and INTERNAL when in-process.
 * Records give a call's duration but not its start, so call spans start with their invocation.
 */
final class InvocationSpans {

    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final long BYTES_PER_MB = 1024L * 1024L;

    private final String invokedProvider;

    InvocationSpans(String invokedProvider) {
        this.invokedProvider = invokedProvider;
    }

    List<SpanData> of(InvocationRecord record, InvocationReport report) {
        Resource resource = resource(record);
        SpanContext invocation = context(record, SpanIds.invocationSpanId(record.invocationId()));
        List<SpanData> spans = new ArrayList<>();
        spans.add(new RecordedSpan(record.function(), SpanKind.SERVER, invocation, parentOf(record),
                invocationStatus(record, report), nanos(record.startEpochMs()), nanos(record.endEpochMs()),
                serverAttributes(record, report), resource));
        for (int i = 0; i < record.calls().size(); i++) {
            spans.add(callSpan(record, record.calls().get(i), i, invocation, resource));
        }
        return spans;
    }

    private SpanData callSpan(InvocationRecord record, CallRecord call, int index, SpanContext parent,
                              Resource resource) {
        long start = nanos(record.startEpochMs());
        String callee = FunctionNaming.functionName(record.application(), call.callee());
        AttributesBuilder attributes = Attributes.builder().put(CALLER_TASK, call.callerTask())
                .put(SYNC, call.sync()).put(LOCAL, call.local())
                .put(BYTES_IN, call.bytesIn()).put(BYTES_OUT, call.bytesOut());
        if (!call.local()) {
            attributes.put(FAAS_INVOKED_NAME, callee).put(FAAS_INVOKED_PROVIDER, invokedProvider);
        }
        StatusData status = call.errorType() == null ? StatusData.unset()
                : StatusData.create(StatusCode.ERROR, call.errorType());
        return new RecordedSpan(call.local() ? call.callee() : callee,
                call.local() ? SpanKind.INTERNAL : SpanKind.CLIENT,
                context(record, SpanIds.callSpanId(record.invocationId(), index)), parent, status, start,
                start + call.durationMicros() * 1_000L, attributes.build(), resource);
    }

    private static Attributes serverAttributes(InvocationRecord record, InvocationReport report) {
        AttributesBuilder attributes = Attributes.builder()
                .put(FAAS_TRIGGER, record.root() ? TRIGGER_HTTP : TRIGGER_OTHER)
                .put(FAAS_INVOCATION_ID, record.invocationId())
                .put(FAAS_COLDSTART, report != null ? report.coldStart() : record.coldStart())
                .put(SETUP_VERSION, (long) record.setupVersion())
                .put(ENTRY_TASK, String.valueOf(record.entryTask()))
                .put(TRACE_ID, String.valueOf(record.traceId()));
        if (report != null) {
            attributes.put(BILLED_MS, report.billedDurationMs());
            attributes.put(MAX_MEMORY_USED_MB, (double) report.maxMemoryUsedMb());
            attributes.put(COST_USD, report.costUsd());
        }
        return attributes.build();
    }

    private static StatusData invocationStatus(InvocationRecord record, InvocationReport report) {
        if (report != null && report.failed()) {
            return StatusData.create(StatusCode.ERROR, String.valueOf(report.errorType()));
        }
        return record.failed() ? StatusData.create(StatusCode.ERROR, String.valueOf(record.errorType()))
                : StatusData.unset();
    }

    private static Resource resource(InvocationRecord record) {
        return Resource.create(Attributes.builder().put(SERVICE_NAME, record.application())
                .put(FAAS_NAME, record.function())
                .put(FAAS_VERSION, String.valueOf(record.setupVersion()))
                .put(FAAS_MAX_MEMORY, record.memoryMb() * BYTES_PER_MB)
                .build());
    }

    private static SpanContext parentOf(InvocationRecord record) {
        return record.parentInvocationId() == null ? SpanContext.getInvalid()
                : context(record, SpanIds.invocationSpanId(record.parentInvocationId()));
    }

    private static SpanContext context(InvocationRecord record, String spanId) {
        String traceSeed = record.traceId() != null ? record.traceId() : record.invocationId();
        return SpanContext.create(SpanIds.traceId(traceSeed), spanId, TraceFlags.getSampled(),
                TraceState.getDefault());
    }

    private static long nanos(long epochMs) {
        return epochMs * NANOS_PER_MILLI;
    }
}
