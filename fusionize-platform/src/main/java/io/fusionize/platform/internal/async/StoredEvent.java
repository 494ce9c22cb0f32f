package io.fusionize.platform.internal.async;

import io.fusionize.protocol.lambda.LambdaErrors;

/**
 * A queued event as the store holds it between delivery attempts.
 *
 * @param id the event id
 * @param functionName the target function
 * @param qualifier the target version or alias, or {@code null}
 * @param payload the event body
 * @param acceptedAtMillis when the event was accepted, in epoch milliseconds
 * @param attempts delivery attempts made so far, throttled ones excluded
 * @param throttles consecutive throttled attempts so far
 * @param lastErrorType the last error's type, or {@code null}
 * @param lastErrorMessage the last error's message, or {@code null}
 */
record StoredEvent(
        String id,
        String functionName,
        String qualifier,
        byte[] payload,
        long acceptedAtMillis,
        int attempts,
        int throttles,
        String lastErrorType,
        String lastErrorMessage) {

    /** The event after one more attempt that failed. */
    StoredEvent afterFailedAttempt(String errorType, String errorMessage) {
        return new StoredEvent(id, functionName, qualifier, payload, acceptedAtMillis,
                attempts + 1, 0, errorType, errorMessage);
    }

    /** The event after one more throttled attempt, which does not count as an attempt. */
    StoredEvent afterThrottle() {
        return new StoredEvent(id, functionName, qualifier, payload, acceptedAtMillis,
                attempts, throttles + 1, LambdaErrors.TOO_MANY_REQUESTS, "Rate exceeded: delivery throttled "
                + (throttles + 1) + " times in a row");
    }

    /** The event after an attempt that found no such function. */
    StoredEvent afterNotFound() {
        return afterFailedAttempt(LambdaErrors.RESOURCE_NOT_FOUND, "Function not found: " + target());
    }

    /** @return {@code true} once the event's age at {@code nowMillis} has reached the maximum */
    boolean isExpired(long maximumAgeMillis, long nowMillis) {
        return nowMillis - acceptedAtMillis >= maximumAgeMillis;
    }

    /** @return the function name with its qualifier, as Lambda writes it */
    String target() {
        return qualifier == null ? functionName : functionName + ":" + qualifier;
    }
}
