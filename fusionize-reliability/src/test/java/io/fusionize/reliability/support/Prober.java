package io.fusionize.reliability.support;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Checks, on a thread of its own, that the platform keeps serving a function that has nothing to
 * do with the fault: it invokes it synchronously one call after another and keeps every call that
 * did not succeed within the time limit.
 */
public final class Prober implements AutoCloseable {

    /** The longest a probe may take; generous, since the faults run on a busy shared machine. */
    public static final Duration LIMIT = Duration.ofSeconds(60);

    private final Invoker invoker;
    private final String function;
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong slowest = new AtomicLong();
    private final Thread thread;
    private volatile boolean stopped;

    private Prober(Invoker invoker, String function) {
        this.invoker = invoker;
        this.function = function;
        this.thread = new Thread(this::run, "prober-" + function);
        thread.setDaemon(true);
    }

    /**
     * @param invoker reaches the platform
     * @param function a function that echoes its event
     * @return a running prober
     */
    public static Prober start(Invoker invoker, String function) {
        Prober prober = new Prober(invoker, function);
        prober.thread.start();
        return prober;
    }

    private void run() {
        while (!stopped) {
            Invoker.Answer answer = invoker.sync(function, null, "{\"probe\":" + calls.get() + "}", LIMIT);
            calls.incrementAndGet();
            slowest.accumulateAndGet(answer.millis(), Math::max);
            if (!answer.ok()) {
                failures.add(answer.toString());
            }
            Sleep.millis(250);
        }
    }

    /** @return probes made so far */
    public long calls() {
        return calls.get();
    }

    /** @return every probe that failed or took longer than {@link #LIMIT} */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    /** @return the slowest probe, in milliseconds */
    public long slowestMillis() {
        return slowest.get();
    }

    /** Stops probing and waits for the last probe. */
    @Override
    public void close() {
        stopped = true;
        try {
            thread.join(LIMIT.toMillis() + 5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return calls() + " probes of " + function + ", " + failures.size() + " failed, slowest " + slowestMillis()
                + " ms";
    }
}
