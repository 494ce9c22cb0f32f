package io.fusionize.core.runtime;

import io.fusionize.api.TaskFailedException;

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
        return new TaskFailedException(callee, failure.getClass().getName(), failure.getMessage());
    }
}
