package io.fusionize.core.runtime;

import io.fusionize.core.record.CallRecord;
import io.fusionize.core.record.TaskExecution;
import java.util.ArrayList;
import java.util.List;

/** The state of one invocation while it runs: its identity, its pending work, what it recorded. */
final class Invocation {

    private final String traceId;
    private final String invocationId;
    private final InvocationRequest request;
    private final PendingWork pendingWork = new PendingWork();
    private final List<CallRecord> calls = new ArrayList<>();
    private final List<TaskExecution> tasks = new ArrayList<>();

    Invocation(String traceId, InvocationRequest request) {
        this.traceId = traceId;
        this.invocationId = request.invocationId();
        this.request = request;
    }

    String traceId() {
        return traceId;
    }

    String invocationId() {
        return invocationId;
    }

    long remainingTimeMillis() {
        return request.remainingTimeMillis().getAsLong();
    }

    PendingWork pendingWork() {
        return pendingWork;
    }

    synchronized void record(CallRecord call) {
        calls.add(call);
    }

    synchronized void record(TaskExecution execution) {
        tasks.add(execution);
    }

    synchronized List<CallRecord> calls() {
        return List.copyOf(calls);
    }

    synchronized List<TaskExecution> tasks() {
        return List.copyOf(tasks);
    }
}
