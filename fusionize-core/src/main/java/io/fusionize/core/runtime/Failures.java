package io.fusionize.core.runtime;

import io.fusionize.api.TaskFailedException;
import io.fusionize.protocol.fusion.TaskError;
import io.fusionize.protocol.lambda.LambdaErrors;

/** How a task's failure becomes what its caller sees. */
final class Failures {

    private Failures() {
    }

    /**
     * @param failure anything a task threw
     * @throws VirtualMachineError when it is one: the process is no longer fit to go on, as when
     *     a platform instance crashes
     */
    static void rethrowIfFatal(Throwable failure) {
        if (failure instanceof VirtualMachineError fatal) {
            throw fatal;
        }
    }

    /**
     * @param callee the task that failed
     * @param failure what it threw
     * @return the error its sync caller receives; a callee's own {@code TaskFailedException} is
     *     wrapped like any other exception, exactly as a remote callee's would be
     */
    static TaskFailedException asTaskFailure(String callee, Throwable failure) {
        rethrowIfFatal(failure);
        if (isRecursionStop(failure)) {
            return (TaskFailedException) failure;
        }
        return new TaskFailedException(callee, failure.getClass().getName(), failure.getMessage());
    }

    /**
     * @param task the task that failed
     * @param failure what it threw
     * @return the invocation's error: the exception's class and message, except that a stopped
     *     call chain keeps its own error, so that the root caller sees why the request stopped
     */
    static TaskError errorOf(String task, Throwable failure) {
        if (isRecursionStop(failure)) {
            TaskFailedException stop = (TaskFailedException) failure;
            return new TaskError(stop.task(), stop.errorType(), stop.errorMessage());
        }
        return TaskError.of(task, failure);
    }

    private static boolean isRecursionStop(Throwable failure) {
        return failure instanceof TaskFailedException taskFailure
                && LambdaErrors.RECURSIVE_INVOCATION.equals(taskFailure.errorType());
    }
}
