package io.fusionize.core.runtime;

import io.fusionize.core.record.RecordSink;
import io.fusionize.core.wire.Envelope;
import io.fusionize.protocol.fusion.FusionHeader;
import io.fusionize.protocol.fusion.InvocationRecord;
import io.fusionize.protocol.fusion.Outcome;
import io.fusionize.protocol.fusion.TaskError;
import io.fusionize.protocol.fusion.TaskTiming;
import java.util.List;

/** Builds each invocation's record and hands it to the sink. */
final class InvocationRecorder {

    private final FunctionScope scope;
    private final RecordSink sink;

    InvocationRecorder(FunctionScope scope, RecordSink sink) {
        this.scope = scope;
        this.sink = sink;
    }

    void emit(Envelope envelope, Invocation invocation, boolean coldStart, long startEpochMs, ProcessCpuMeter cpu,
            TaskError error) {
        List<TaskTiming> tasks = invocation.tasks();
        Long cpuMicros = cpu.finish(tasks.stream().mapToLong(TaskTiming::cpuMicros).sum());
        InvocationRecord record = new InvocationRecord(scope.application(), scope.functionName(),
                scope.function().entry(), scope.setup().version(), invocation.traceId(),
                invocation.invocationId(), envelope.fusionHeader().map(FusionHeader::parentInvocationId).orElse(null),
                envelope.isRoot(), coldStart, scope.function().memoryMb(), startEpochMs,
                System.currentTimeMillis(), cpuMicros, error == null ? Outcome.SUCCESS : Outcome.ERROR,
                error == null ? null : error.errorType(), error == null ? null : error.errorMessage(),
                invocation.calls(), tasks);
        try {
            sink.accept(record);
        } catch (RuntimeException failure) {
            // a broken sink must not turn a served request into a failed one
            System.getLogger(InvocationRecorder.class.getName()).log(System.Logger.Level.ERROR,
                    "cannot emit the record of invocation " + invocation.invocationId(), failure);
        }
    }
}
