package io.fusionize.testkit;

import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** What a kit does to one task in place of, or before, its own code. */
@FunctionalInterface
interface Fault {

    /** How much longer than its deadline an overrunning task waits to be stopped. */
    long OVERRUN_MARGIN_MILLIS = 10_000;

    /**
     * @param task the task's name
     * @param input its bound input
     * @param context its context
     * @param proceed its own code
     * @return its result
     * @throws Exception its failure
     */
    Object apply(String task, Object input, TaskContext context, Task<Object, Object> proceed) throws Exception;

    /**
     * @param error makes the error to throw
     * @return a fault that fails every execution
     */
    static Fault failing(Supplier<? extends Exception> error) {
        return (task, input, context, proceed) -> {
            throw error.get();
        };
    }

    /**
     * @param attempts how many executions fail before the task runs as written
     * @return a fault that fails the first executions; one instance counts them
     */
    static Fault failingFirst(int attempts) {
        AtomicInteger executions = new AtomicInteger();
        return (task, input, context, proceed) -> {
            int execution = executions.incrementAndGet();
            if (execution <= attempts) {
                throw new InjectedFailure("task " + task + " failed on purpose (execution " + execution + " of "
                        + attempts + " made to fail)");
            }
            return proceed.run(input, context);
        };
    }

    /** @return a fault that holds the task until its invocation's deadline has passed */
    static Fault timingOut() {
        return (task, input, context, proceed) -> {
            // the deadline interrupts this sleep; the margin only bounds a runtime that would not
            Thread.sleep(context.remainingTimeMillis() + OVERRUN_MARGIN_MILLIS);
            throw new InjectedFailure("task " + task + " outlived its deadline without being stopped");
        };
    }
}
