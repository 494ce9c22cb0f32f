package io.fusionize.platform;

/** Why the queue gave up on an event. */
public enum DeadLetterReason {
    /** The function failed on the first attempt and on every retry. */
    RETRIES_EXHAUSTED,
    /** The event grew older than {@link AsyncSettings#maximumEventAge()} before it was delivered. */
    MAX_AGE_EXCEEDED,
    /** The function or qualifier the event was sent to does not exist. */
    FUNCTION_NOT_FOUND
}
