package io.fusionize.platform.internal.async;

/**
 * A snapshot of an {@link AsyncEventQueue}'s durable counts.
 *
 * @param pending events waiting for their first or next attempt
 * @param inFlight events being delivered right now
 * @param delivered events delivered successfully since the store was created
 * @param dead events in the dead-letter store
 */
record QueueStats(long pending, long inFlight, long delivered, long dead) {
}
