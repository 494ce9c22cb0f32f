package io.fusionize.core.runtime;

import io.fusionize.api.TaskContext;
import io.fusionize.api.TaskDefinition;
import java.util.concurrent.CompletableFuture;

/** The context of one task execution: its calls go through the router, its facts come from the invocation. */
final class RuntimeTaskContext implements TaskContext {

    private final FunctionScope scope;
    private final CallRouter router;
    private final Invocation invocation;
    private final TaskDefinition definition;
    private final int depth;
    // only inline callees on this context's own thread add to it, so it needs no synchronization
    private long nestedCpuNanos;
    private System.Logger logger;

    RuntimeTaskContext(FunctionScope scope, CallRouter router, Invocation invocation, TaskDefinition definition,
            int depth) {
        this.scope = scope;
        this.router = router;
        this.invocation = invocation;
        this.definition = definition;
        this.depth = depth;
    }

    @Override
    public <R> R call(String task, Object input, Class<R> resultType) {
        return router.call(this, task, input, resultType);
    }

    @Override
    public <R> CompletableFuture<R> callConcurrently(String task, Object input, Class<R> resultType) {
        return router.callConcurrently(this, task, input, resultType);
    }

    @Override
    public void send(String task, Object input) {
        router.send(this, task, input);
    }

    @Override
    public String traceId() {
        return invocation.traceId();
    }

    @Override
    public String invocationId() {
        return invocation.invocationId();
    }

    @Override
    public String taskName() {
        return definition.name();
    }

    @Override
    public long remainingTimeMillis() {
        return invocation.remainingTimeMillis();
    }

    @Override
    public int memoryMb() {
        return scope.function().memoryMb();
    }

    @Override
    public synchronized System.Logger logger() {
        // created on first use: most tasks never log, and logger lookup is not free
        if (logger == null) {
            logger = new TaskLogger(scope.application(), definition.name(), invocation.traceId());
        }
        return logger;
    }

    TaskDefinition definition() {
        return definition;
    }

    Invocation invocation() {
        return invocation;
    }

    /** @return this task's hops from its request's root task, 0 for the root task */
    int depth() {
        return depth;
    }

    void addNestedCpuNanos(long nanos) {
        nestedCpuNanos += nanos;
    }

    long nestedCpuNanos() {
        return nestedCpuNanos;
    }
}
