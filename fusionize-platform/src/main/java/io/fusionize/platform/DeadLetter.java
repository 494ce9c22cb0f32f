package io.fusionize.platform;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * An event the queue gave up on, kept durably with the last error it saw.
 *
 * @param eventId the id the queue gave the event when it accepted it
 * @param functionName the function the event was sent to
 * @param qualifier the version or alias it was sent to, or {@code null}
 * @param payload the event body exactly as accepted
 * @param attempts how many delivery attempts were made, throttled ones excluded
 * @param lastErrorType the type of the last error, or {@code null} if no attempt was made
 * @param lastErrorMessage the message of the last error, possibly {@code null}
 * @param reason why the queue gave up
 * @param acceptedAt when the event was accepted
 * @param deadAt when the queue gave up
 */
public record DeadLetter(
        String eventId,
        String functionName,
        String qualifier,
        byte[] payload,
        int attempts,
        String lastErrorType,
        String lastErrorMessage,
        DeadLetterReason reason,
        Instant acceptedAt,
        Instant deadAt) {

    /** Copies the payload so that the letter stays immutable. */
    public DeadLetter {
        Objects.requireNonNull(eventId, "eventId must not be null");
        Objects.requireNonNull(functionName, "functionName must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        payload = Objects.requireNonNull(payload, "payload must not be null").clone();
    }

    /** @return a copy of the event body */
    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** Compares all fields, the payload by content. */
    @Override
    public boolean equals(Object other) {
        return other instanceof DeadLetter that
                && eventId.equals(that.eventId)
                && functionName.equals(that.functionName)
                && Objects.equals(qualifier, that.qualifier)
                && Arrays.equals(payload, that.payload)
                && attempts == that.attempts
                && Objects.equals(lastErrorType, that.lastErrorType)
                && Objects.equals(lastErrorMessage, that.lastErrorMessage)
                && reason == that.reason
                && Objects.equals(acceptedAt, that.acceptedAt)
                && Objects.equals(deadAt, that.deadAt);
    }

    /** Hashes all fields, the payload by content. */
    @Override
    public int hashCode() {
        return Objects.hash(eventId, functionName, qualifier, Arrays.hashCode(payload), attempts,
                lastErrorType, lastErrorMessage, reason, acceptedAt, deadAt);
    }

    /** Names the event, its function, the reason and the last error; the payload only by size. */
    @Override
    public String toString() {
        return "DeadLetter[" + eventId + " to " + functionName
                + (qualifier == null ? "" : ":" + qualifier)
                + ", " + reason + " after " + attempts + " attempts, last error "
                + lastErrorType + ": " + lastErrorMessage + ", " + payload.length + " bytes]";
    }
}
