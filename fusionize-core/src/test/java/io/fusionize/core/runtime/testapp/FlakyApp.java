package io.fusionize.core.runtime.testapp;

import io.fusionize.api.Application;
import io.fusionize.api.Calls;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An application whose async callee fails a given number of times before it succeeds:
 * {@code Kick} sends to {@code Flaky}, which counts its attempts in {@link #ATTEMPTS} and its
 * success in {@link #DONE}.
 */
public final class FlakyApp {

    /** Attempts per label. */
    public static final Map<String, Integer> ATTEMPTS = new ConcurrentHashMap<>();
    /** Labels whose work succeeded, with the attempt that succeeded. */
    public static final Map<String, Integer> DONE = new ConcurrentHashMap<>();

    private FlakyApp() {
    }

    /**
     * A piece of async work.
     *
     * @param label the work's name
     * @param failures how many attempts fail before one succeeds
     */
    public record Work(String label, int failures) {
    }

    /** @return the application {@code flaky} */
    public static Application application() {
        return Application.builder("flaky")
                .entry("Kick", new Kick(), Calls.async("Flaky"))
                .task("Flaky", new Flaky(), Calls.none())
                .build();
    }

    static final class Kick implements Task<Work, String> {
        @Override
        public String run(Work work, TaskContext context) {
            context.send("Flaky", work);
            return "kicked";
        }
    }

    static final class Flaky implements Task<Work, Void> {
        @Override
        public Void run(Work work, TaskContext context) {
            int attempt = ATTEMPTS.merge(work.label(), 1, Integer::sum);
            if (attempt <= work.failures()) {
                throw new IllegalStateException("attempt " + attempt + " of " + work.label() + " failed");
            }
            DONE.put(work.label(), attempt);
            return null;
        }
    }
}
