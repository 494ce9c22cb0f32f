package io.fusionize.testkit;

/**
 * The error a task throws when a kit made it fail on purpose ({@link FusionizeKit#failing(String)});
 * callers see its class name as the task's error type.
 */
public class InjectedFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what failed, naming the task */
    public InjectedFailure(String message) {
        super(message);
    }
}
