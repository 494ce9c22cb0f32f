package io.fusionize.api;

/**
 * The one error a sync caller sees when its callee fails, whether the callee ran in-process or in
 * another function.
 *
 * <p>It carries the callee's name, the callee's error type (the exception class name, or a
 * platform error type such as {@code Sandbox.Timedout}) and its message.
 */
public class TaskFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String task;
    private final String errorType;
    private final String errorMessage;

    /**
     * Creates the error.
     *
     * @param task the name of the callee that failed
     * @param errorType the callee's error type
     * @param errorMessage the callee's error message, possibly {@code null}
     */
    public TaskFailedException(String task, String errorType, String errorMessage) {
        super(task + " failed with " + errorType + ": " + errorMessage);
        this.task = task;
        this.errorType = errorType;
        this.errorMessage = errorMessage;
    }

    /** @return the name of the callee that failed */
    public String task() {
        return task;
    }

    /** @return the callee's error type, e.g. {@code java.lang.IllegalStateException} */
    public String errorType() {
        return errorType;
    }

    /** @return the callee's error message, possibly {@code null} */
    public String errorMessage() {
        return errorMessage;
    }
}
