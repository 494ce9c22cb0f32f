package io.fusionize.deploy.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Collects one sample per request slot. The first outcome written to a slot wins, so a worker
 * finishing late cannot overwrite a request the run already gave up on.
 */
final class SampleBook {

    private final AtomicReferenceArray<RequestSample> slots;
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    SampleBook(int size) {
        this.slots = new AtomicReferenceArray<>(size);
    }

    /** Stores a sample unless its slot already holds one. */
    void record(RequestSample sample) {
        if (slots.compareAndSet((int) sample.sequence(), null, sample)) {
            completed.incrementAndGet();
            if (!sample.success()) {
                failed.incrementAndGet();
            }
        }
    }

    /** Marks every issued request without an outcome as failed at the given time. */
    void abandonUnfinished(int issued, long[] intendedNanos, long nowNanos, String cause) {
        for (int i = 0; i < issued; i++) {
            if (slots.get(i) == null) {
                long intended = intendedNanos[i];
                long at = Math.max(intended, nowNanos);
                record(new RequestSample(i, intended, at, at, false, Optional.empty(), Optional.of(cause)));
            }
        }
    }

    int completed() {
        return completed.get();
    }

    int failed() {
        return failed.get();
    }

    /** Returns the samples of the first {@code issued} slots. */
    List<RequestSample> samples(int issued) {
        List<RequestSample> samples = new ArrayList<>(issued);
        for (int i = 0; i < issued; i++) {
            samples.add(slots.get(i));
        }
        return samples;
    }
}
