package io.fusionize.deploy.load;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An open-loop load without an end, such as {@code fusionize run --load} sends: the
 * {@link LoadGenerator} runs a constant rate one minute's schedule after another, each on a thread
 * of its own, until the load is stopped. Outcomes are counted as they arrive. At most
 * {@link #MAX_OUTSTANDING} requests are outstanding; a request due while that many are is skipped
 * and counted, so that an overloaded system cannot make the load pile up without limit.
 *
 * <p>Requests are numbered across the schedules from 0, skipped ones not counted, and
 * {@link #restartNumbering()} starts again at 0, so that every round of a control loop sends the
 * same sequence of requests.
 *
 * <pre>{@code
 * ContinuousLoad load = ContinuousLoad.start(GatewayRequestSender.of(gateway, "iot", requests, timeout), 4);
 * ...
 * load.stopAndAwait(Duration.ofMinutes(1));
 * }</pre>
 */
public final class ContinuousLoad implements AutoCloseable {

    /** The most requests outstanding at once. */
    public static final int MAX_OUTSTANDING = 256;
    /** How long one request may take before it counts as failed. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);
    /** The length of one generator run's schedule; each run holds its schedule in memory. */
    private static final Duration SEGMENT = Duration.ofMinutes(1);

    private final double rate;
    private final RequestNumbering numbering;
    private final CountingSender sender;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final ScheduledExecutorService segments = Executors.newSingleThreadScheduledExecutor(
            runnable -> daemon(runnable, "continuous-load"));
    private final ExecutorService runs = Executors.newCachedThreadPool(runnable -> daemon(runnable,
            "continuous-load-run"));

    private ContinuousLoad(RequestSender sender, double rate) {
        // Each schedule numbers from 0; the load numbers on, and only requests that are sent, not skipped.
        this.numbering = new RequestNumbering(sender);
        this.sender = new CountingSender(numbering, MAX_OUTSTANDING);
        this.rate = rate;
    }

    /**
     * Starts sending at a constant rate.
     *
     * @param sender sends one request, given its number in the load
     * @param requestsPerSecond the rate; must be positive
     * @return the running load
     */
    public static ContinuousLoad start(RequestSender sender, double requestsPerSecond) {
        Objects.requireNonNull(sender, "sender must not be null");
        if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
            throw new IllegalArgumentException("rate must be positive, was " + requestsPerSecond);
        }
        ContinuousLoad load = new ContinuousLoad(sender, requestsPerSecond);
        load.segments.scheduleAtFixedRate(load::startSegment, 0, SEGMENT.toNanos(), TimeUnit.NANOSECONDS);
        return load;
    }

    private void startSegment() {
        // More workers than the bound: a request due while the bound is reached reaches the sender at once and is skipped.
        LoadGenerator generator = LoadGenerator.builder(RateProfile.constant(rate, SEGMENT), sender)
                .label("continuous load").progress(ProgressListener.none()).concurrency(2 * MAX_OUTSTANDING)
                .drainTimeout(REQUEST_TIMEOUT).stopWhen(stopped::get).build();
        runs.execute(generator::run);
    }

    /** Numbers the next request sent 0 again, e.g. when a new round starts. */
    public void restartNumbering() {
        numbering.restart();
    }

    /** @return requests sent so far */
    public long sent() {
        return sender.sent();
    }

    /** @return requests that succeeded */
    public long succeeded() {
        return sender.succeeded();
    }

    /** @return requests that failed or got no answer at all */
    public long failed() {
        return sender.failed();
    }

    /** @return requests not sent because too many were outstanding */
    public long skipped() {
        return sender.skipped();
    }

    /** @return requests still waiting for an answer */
    public int outstanding() {
        return sender.outstanding();
    }

    /** @return failed requests counted by cause, e.g. {@code HTTP 502} */
    public Map<String, Long> failureCauses() {
        return sender.failureCauses();
    }

    /**
     * Stops sending and waits for outstanding answers.
     *
     * @param timeout the longest wait for outstanding answers
     * @return whether every outstanding request was answered
     * @throws InterruptedException when interrupted while waiting
     */
    public boolean stopAndAwait(Duration timeout) throws InterruptedException {
        close();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (outstanding() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return outstanding() == 0;
    }

    /** Stops sending; answers still outstanding are counted when they arrive. */
    @Override
    public void close() {
        stopped.set(true);
        segments.shutdownNow();
        runs.shutdown();
    }

    /** @return a one-line summary */
    @Override
    public String toString() {
        return "sent " + sent() + ", ok " + succeeded() + ", failed " + failed() + ", skipped " + skipped()
                + ", failures by cause " + failureCauses();
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
