package io.fusionize.platform.internal.async;

import io.fusionize.platform.AsyncSettings;
import io.fusionize.platform.DeadLetterReason;
import java.time.Duration;

/** Turns the outcome of one delivery attempt into the event's next durable state. */
final class OutcomeRecorder {

    private final EventStore store;
    private final AsyncSettings settings;

    OutcomeRecorder(EventStore store, AsyncSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** Records that {@code event} was dispatched with {@code outcome} at {@code nowMillis}. */
    void record(StoredEvent event, DispatchOutcome outcome, long nowMillis) {
        switch (outcome.kind()) {
            case SUCCESS -> store.markDelivered(event.id());
            case THROTTLED -> deferThrottled(event.afterThrottle(), nowMillis);
            case FUNCTION_NOT_FOUND -> store.moveToDeadLetters(
                    event.afterNotFound(), DeadLetterReason.FUNCTION_NOT_FOUND, nowMillis);
            case FUNCTION_ERROR -> retryOrGiveUp(
                    event.afterFailedAttempt(outcome.errorType(), outcome.errorMessage()),
                    nowMillis);
        }
    }

    /** Records that {@code event} reached the maximum age before it was delivered. */
    void recordExpired(StoredEvent event, long nowMillis) {
        store.moveToDeadLetters(event, DeadLetterReason.MAX_AGE_EXCEEDED, nowMillis);
    }

    private void deferThrottled(StoredEvent throttled, long nowMillis) {
        Duration delay = settings.delayAfterThrottle(throttled.throttles());
        store.reschedule(throttled, nowMillis + delay.toMillis());
    }

    private void retryOrGiveUp(StoredEvent failed, long nowMillis) {
        // the first attempt is not a retry, so attempts - 1 retries are used up
        if (failed.attempts() - 1 >= settings.retries()) {
            store.moveToDeadLetters(failed, DeadLetterReason.RETRIES_EXHAUSTED, nowMillis);
            return;
        }
        Duration delay = settings.delayBeforeRetry(failed.attempts());
        store.reschedule(failed, nowMillis + delay.toMillis());
    }
}
