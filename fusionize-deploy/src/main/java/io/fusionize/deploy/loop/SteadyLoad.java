package io.fusionize.deploy.loop;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A built-in open-loop load: POSTs one request to a URL at a constant rate, and counts the answers
 * by HTTP status. Requests that would exceed a bound on outstanding requests are skipped and
 * counted, so an overloaded system cannot make the load pile up without limit.
 */
public final class SteadyLoad implements AutoCloseable {

    private static final int MAX_OUTSTANDING = 256;
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "steady-load");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpRequest request;
    private final AtomicInteger outstanding = new AtomicInteger();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong transportFailures = new AtomicLong();
    private final Map<Integer, AtomicLong> byStatus = new ConcurrentHashMap<>();

    private SteadyLoad(URI target, String jsonBody) {
        this.request = HttpRequest.newBuilder(target).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody)).build();
    }

    /**
     * Starts sending.
     *
     * @param target the URL to POST to
     * @param jsonBody the request body
     * @param requestsPerSecond the rate; must be positive
     * @return the running load
     */
    public static SteadyLoad start(URI target, String jsonBody, double requestsPerSecond) {
        Objects.requireNonNull(target, "target must not be null");
        if (!(requestsPerSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive, was " + requestsPerSecond);
        }
        SteadyLoad load = new SteadyLoad(target, Objects.requireNonNull(jsonBody, "body must not be null"));
        long periodMicros = Math.max(1, Math.round(1_000_000 / requestsPerSecond));
        load.timer.scheduleAtFixedRate(load::fire, 0, periodMicros, TimeUnit.MICROSECONDS);
        return load;
    }

    /** @return requests sent so far */
    public long sent() {
        return sent.get();
    }

    /** @return requests answered with a 2xx status */
    public long succeeded() {
        return byStatus.entrySet().stream().filter(e -> e.getKey() / 100 == 2)
                .mapToLong(e -> e.getValue().get()).sum();
    }

    /** @return requests that got a non-2xx status or no answer at all */
    public long failed() {
        return byStatus.entrySet().stream().filter(e -> e.getKey() / 100 != 2)
                .mapToLong(e -> e.getValue().get()).sum() + transportFailures.get();
    }

    /** @return requests not sent because too many were outstanding */
    public long skipped() {
        return skipped.get();
    }

    /** @return requests still waiting for an answer */
    public int outstanding() {
        return outstanding.get();
    }

    /** @return answers counted by HTTP status */
    public Map<Integer, Long> statusCounts() {
        Map<Integer, Long> counts = new TreeMap<>();
        byStatus.forEach((status, count) -> counts.put(status, count.get()));
        return counts;
    }

    /**
     * Stops sending and waits for outstanding answers.
     *
     * @param timeout the longest wait for outstanding answers
     * @return whether every outstanding request was answered
     * @throws InterruptedException when interrupted while waiting
     */
    public boolean stopAndAwait(Duration timeout) throws InterruptedException {
        timer.shutdownNow();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (outstanding.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return outstanding.get() == 0;
    }

    /** Stops sending; answers still outstanding are counted when they arrive. */
    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** @return a one-line summary */
    @Override
    public String toString() {
        return "sent " + sent() + ", ok " + succeeded() + ", failed " + failed() + ", skipped " + skipped()
                + ", by status " + statusCounts();
    }

    private void fire() {
        if (outstanding.incrementAndGet() > MAX_OUTSTANDING) {
            outstanding.decrementAndGet();
            skipped.incrementAndGet();
            return;
        }
        sent.incrementAndGet();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure != null) {
                transportFailures.incrementAndGet();
            } else {
                byStatus.computeIfAbsent(response.statusCode(), s -> new AtomicLong()).incrementAndGet();
            }
            outstanding.decrementAndGet();
        });
    }
}
