package io.fusionize.platform.internal.async;

import io.fusionize.platform.AsyncSettings;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** One delivery thread: claims due events one at a time, dispatches them and records how it went. */
final class DeliveryWorker implements Runnable {

    private static final System.Logger LOG = System.getLogger(DeliveryWorker.class.getName());

    private final EventStore store;
    private final EventDispatcher dispatcher;
    private final OutcomeRecorder recorder;
    private final AsyncSettings settings;
    private final Clock clock;
    private final WorkSignal signal;
    private final BooleanSupplier stopRequested;

    DeliveryWorker(EventStore store, EventDispatcher dispatcher, AsyncSettings settings, Clock clock,
            WorkSignal signal, BooleanSupplier stopRequested) {
        this.store = store;
        this.dispatcher = dispatcher;
        this.recorder = new OutcomeRecorder(store, settings);
        this.settings = settings;
        this.clock = clock;
        this.signal = signal;
        this.stopRequested = stopRequested;
    }

    /** Delivers events until the queue stops or the thread is interrupted. */
    @Override
    public void run() {
        while (!stopRequested.getAsBoolean()) {
            try {
                if (!deliverNext()) {
                    signal.await(settings.pollInterval());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!survive(e)) {
                    return;
                }
            }
        }
    }

    /** Delivers or expires one due event; returns {@code false} if none was due. */
    boolean deliverNext() {
        long now = clock.millis();
        long maximumAge = settings.maximumEventAge().toMillis();
        Optional<StoredEvent> claimed = store.claimNext(now, now - maximumAge);
        if (claimed.isEmpty()) {
            return false;
        }
        // more events may be due: let an idle peer look while this one is busy
        signal.raise();
        StoredEvent event = claimed.get();
        if (event.isExpired(maximumAge, now)) {
            storeUntilDone(() -> recorder.recordExpired(event, now));
        } else {
            deliver(event);
        }
        return true;
    }

    private void deliver(StoredEvent event) {
        DispatchOutcome outcome = dispatch(event);
        // a failure caused by stopping is not the function's: leave the event in flight for
        // the next start
        if (outcome.kind() != DispatchOutcome.Kind.SUCCESS && stopRequested.getAsBoolean()) {
            return;
        }
        long finishedAt = clock.millis();
        storeUntilDone(() -> recorder.record(event, outcome, finishedAt));
    }

    // an outcome the store refuses (a full disk) is kept and stored once it works again; given
    // up, the event would stay in flight, undelivered, until the next start
    private void storeUntilDone(Runnable storeOutcome) {
        while (true) {
            try {
                storeOutcome.run();
                return;
            } catch (RuntimeException e) {
                if (!survive(e)) {
                    return;
                }
            }
        }
    }

    private DispatchOutcome dispatch(StoredEvent event) {
        try {
            DispatchOutcome outcome = dispatcher.dispatch(
                    event.functionName(), event.qualifier(), event.payload().clone());
            return outcome != null ? outcome : DispatchOutcome.functionError(
                    IllegalStateException.class.getName(), "The event dispatcher returned no outcome");
        } catch (Exception e) {
            return DispatchOutcome.functionError(e.getClass().getName(), e.getMessage());
        }
    }

    private boolean survive(RuntimeException failure) {
        if (store.isClosed() || stopRequested.getAsBoolean()) {
            return false;
        }
        LOG.log(Level.WARNING, "Async event delivery failed; retrying after the poll interval",
                failure);
        try {
            Thread.sleep(settings.pollInterval().toMillis());
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
