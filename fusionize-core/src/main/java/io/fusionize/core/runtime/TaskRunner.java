package io.fusionize.core.runtime;

import io.fusionize.api.Task;
import io.fusionize.api.TaskDefinition;
import io.fusionize.protocol.fusion.TaskTiming;
import java.util.concurrent.TimeUnit;

/** Runs one task: binds its input, times it, and serializes its result. */
final class TaskRunner {

    private final FunctionScope scope;
    private final CallRouter router;

    TaskRunner(FunctionScope scope) {
        this.scope = scope;
        this.router = new CallRouter(scope, this::execute);
    }

    /**
     * Runs a task and records its execution.
     *
     * @param invocation the invocation it runs in
     * @param task the task's name
     * @param inputJson its input, serialized
     * @param sameThreadCaller the caller whose thread this is, so that it does not count the
     *     callee's CPU time as its own; {@code null} when there is none
     * @param depth the task's hops from its request's root task
     * @return the result, serialized
     * @throws Exception whatever the task threw, or a failure to bind its input or serialize its result
     */
    byte[] execute(Invocation invocation, String task, byte[] inputJson, RuntimeTaskContext sameThreadCaller,
            int depth) throws Exception {
        TaskDefinition definition = scope.catalog().definition(task);
        RuntimeTaskContext context = new RuntimeTaskContext(scope, router, invocation, definition, depth);
        long wallStart = System.nanoTime();
        long cpuStart = scope.cpuClock().threadCpuNanos(wallStart);
        try {
            Object result = run(definition, scope.catalog().bindInput(task, inputJson), context);
            return scope.catalog().serializeResult(task, result);
        } finally {
            long wallEnd = System.nanoTime();
            // an interpolated reading may run ahead of a later real one by a few microseconds
            long cpuNanos = Math.max(0, scope.cpuClock().threadCpuNanos(wallEnd) - cpuStart);
            invocation.record(new TaskTiming(task, micros(wallEnd - wallStart),
                    micros(Math.max(0, cpuNanos - context.nestedCpuNanos()))));
            if (sameThreadCaller != null) {
                sameThreadCaller.addNestedCpuNanos(cpuNanos);
            }
        }
    }

    @SuppressWarnings("unchecked") // the input was bound to the type the task declares
    private static Object run(TaskDefinition definition, Object input, RuntimeTaskContext context)
            throws Exception {
        return ((Task<Object, Object>) definition.task()).run(input, context);
    }

    private static long micros(long nanos) {
        return TimeUnit.NANOSECONDS.toMicros(nanos);
    }
}
