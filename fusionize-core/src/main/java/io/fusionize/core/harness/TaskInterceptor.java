package io.fusionize.core.harness;

import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;

/**
 * Code the harness runs in place of every task, given the task's own code to run or not: so that
 * a test can make a task fail, overrun its deadline, or watch what it is given.
 *
 * <pre>{@code
 * TaskInterceptor failPayment = (task, input, context, proceed) -> {
 *     if (task.equals("payment")) {
 *         throw new IllegalStateException("card declined");
 *     }
 *     return proceed.run(input, context);
 * };
 * InProcessHarness.builder(app, setup).interceptor(failPayment).build();
 * }</pre>
 *
 * <p>It runs wherever the task runs, inline or in a function of its own, on the task's thread and
 * within its invocation's deadline; what it throws reaches callers as the task's failure.
 */
@FunctionalInterface
public interface TaskInterceptor {

    /**
     * Runs one execution of a task.
     *
     * @param task the task's name
     * @param input the task's input, already bound to its input type
     * @param context the task's context: its calls, its invocation and its deadline
     * @param proceed the task's own code
     * @return the task's result
     * @throws Exception a failure, which the task's caller receives as the task's
     */
    Object intercept(String task, Object input, TaskContext context, Task<Object, Object> proceed) throws Exception;
}
