package io.fusionize.core.runtime.testapp;

import io.fusionize.api.Application;
import io.fusionize.api.Calls;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import io.fusionize.api.TaskFailedException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An application whose callees take longer than their caller may wait: {@code Patient} calls
 * {@code Sleeper} sync, {@code Gatherer} calls it concurrently, {@code Stubborn} calls
 * {@code Spinner}, which burns CPU and ignores interrupts, and {@code Sender} sends to
 * {@code Sleeper} async. Callers note what reached them in {@link #CAUGHT}.
 *
 * <p>A {@code Spinner} always overruns: it spins until its invocation's deadline has passed, however
 * slowly the machine runs it, and then for the nap's time more or until its label is in
 * {@link #RELEASED}. It notes its label in {@link #SPUN} when it ends.
 */
public final class SlowApp {

    /** What each caller caught, by label: {@code task|errorType|errorMessage}. */
    public static final Map<String, String> CAUGHT = new ConcurrentHashMap<>();
    /** Labels of spinners told to stop. */
    public static final Set<String> RELEASED = ConcurrentHashMap.newKeySet();
    /** Labels of spinners that have ended. */
    public static final Set<String> SPUN = ConcurrentHashMap.newKeySet();

    private SlowApp() {
    }

    /**
     * How long a callee takes.
     *
     * @param label the key under which the caller notes what it caught
     * @param millis the callee's run time
     */
    public record Nap(String label, long millis) {
    }

    /** @return the application {@code slow} */
    public static Application application() {
        return Application.builder("slow")
                .entry("Patient", new Patient(), Calls.sync("Sleeper"))
                .entry("Gatherer", new Gatherer(), Calls.sync("Sleeper"))
                .entry("Stubborn", new Stubborn(), Calls.sync("Spinner"))
                .entry("Sender", new Sender(), Calls.async("Sleeper"))
                .task("Sleeper", new Sleeper(), Calls.none())
                .task("Spinner", new Spinner(), Calls.none())
                .build();
    }

    private static void note(String label, TaskFailedException failure) {
        CAUGHT.put(label, failure.task() + "|" + failure.errorType() + "|" + failure.errorMessage());
    }

    static final class Patient implements Task<Nap, String> {
        @Override
        public String run(Nap nap, TaskContext context) {
            try {
                return context.call("Sleeper", nap, String.class);
            } catch (TaskFailedException failure) {
                note(nap.label(), failure);
                return "gave up";
            }
        }
    }

    static final class Gatherer implements Task<Nap, String> {
        @Override
        public String run(Nap nap, TaskContext context) {
            try {
                return context.callConcurrently("Sleeper", nap, String.class).join();
            } catch (CompletionException failure) {
                note(nap.label(), (TaskFailedException) failure.getCause());
                return "gave up";
            }
        }
    }

    static final class Stubborn implements Task<Nap, String> {
        @Override
        public String run(Nap nap, TaskContext context) {
            try {
                return context.call("Spinner", nap, String.class);
            } catch (TaskFailedException failure) {
                note(nap.label(), failure);
                return "gave up";
            }
        }
    }

    static final class Sender implements Task<Nap, String> {
        @Override
        public String run(Nap nap, TaskContext context) {
            context.send("Sleeper", nap);
            return "sent";
        }
    }

    static final class Sleeper implements Task<Nap, String> {
        @Override
        public String run(Nap nap, TaskContext context) throws InterruptedException {
            Thread.sleep(nap.millis());
            return "rested";
        }
    }

    static final class Spinner implements Task<Nap, String> {
        @Override
        public String run(Nap nap, TaskContext context) {
            long spins = 0;
            // deaf to interrupts, as CPU-bound code is
            while (context.remainingTimeMillis() > 0) {
                spins++;
            }
            long end = System.nanoTime() + nap.millis() * 1_000_000L;
            while (System.nanoTime() < end && !RELEASED.contains(nap.label())) {
                spins++;
            }
            SPUN.add(nap.label());
            return "spun " + Long.signum(spins);
        }
    }
}
