package io.fusionize.deploy.load;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends through another sender and counts every outcome as it arrives. A request due while a
 * bound of requests is outstanding is not sent but skipped and counted, so that an overloaded
 * system cannot make a load pile up without limit.
 */
final class CountingSender implements RequestSender {

    private final RequestSender delegate;
    private final int maxOutstanding;
    private final AtomicInteger outstanding = new AtomicInteger();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong succeeded = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();

    /**
     * @param delegate sends each request
     * @param maxOutstanding the most requests outstanding at once
     */
    CountingSender(RequestSender delegate, int maxOutstanding) {
        this.delegate = Objects.requireNonNull(delegate, "delegate must not be null");
        this.maxOutstanding = maxOutstanding;
    }

    @Override
    public SendResult send(long sequence) throws Exception {
        if (outstanding.incrementAndGet() > maxOutstanding) {
            outstanding.decrementAndGet();
            skipped.incrementAndGet();
            return SendResult.failed("skipped: " + maxOutstanding + " requests were outstanding");
        }
        sent.incrementAndGet();
        try {
            SendResult result = delegate.send(sequence);
            count(result);
            return result;
        } catch (Exception e) {
            countFailure(FailureCauses.describe(e));
            throw e;
        } finally {
            // Counted before this, so that no outstanding request means every outcome is counted.
            outstanding.decrementAndGet();
        }
    }

    private void count(SendResult result) {
        if (result == null) {
            countFailure("sender returned no result");
        } else if (result.success()) {
            succeeded.incrementAndGet();
        } else {
            countFailure(result.failureCause().orElse("failed"));
        }
    }

    private void countFailure(String cause) {
        failures.computeIfAbsent(cause, c -> new AtomicLong()).incrementAndGet();
    }

    /** @return requests sent so far, skipped ones not included */
    long sent() {
        return sent.get();
    }

    /** @return requests that succeeded */
    long succeeded() {
        return succeeded.get();
    }

    /** @return requests that failed or got no answer */
    long failed() {
        return failures.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** @return requests skipped because too many were outstanding */
    long skipped() {
        return skipped.get();
    }

    /** @return requests still waiting for an answer */
    int outstanding() {
        return outstanding.get();
    }

    /** @return failed requests counted by cause */
    Map<String, Long> failureCauses() {
        Map<String, Long> counts = new TreeMap<>();
        failures.forEach((cause, count) -> counts.put(cause, count.get()));
        return counts;
    }
}
