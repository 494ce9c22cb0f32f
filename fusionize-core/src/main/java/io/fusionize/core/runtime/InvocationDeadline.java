package io.fusionize.core.runtime;

import io.fusionize.api.TaskFailedException;
import io.fusionize.protocol.lambda.LambdaErrors;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * When an invocation runs out of time, fixed when it starts from the time the platform gives it,
 * and the error that running out of time produces: Lambda's {@code Sandbox.Timedout}.
 *
 * <p>The runtime enforces the deadline a grace period after the platform's: zero in-process, where
 * nothing else would; longer on a platform, which stops the instance at its deadline and so ends
 * the invocation first, with its own error.
 */
final class InvocationDeadline {

    private final long platformDeadlineNanos;
    private final long enforcedNanos;
    private final long limitMillis;

    private InvocationDeadline(long platformDeadlineNanos, long graceNanos, long limitMillis) {
        this.platformDeadlineNanos = platformDeadlineNanos;
        this.enforcedNanos = platformDeadlineNanos + graceNanos;
        this.limitMillis = limitMillis;
    }

    /**
     * @param request the platform's facts about the invocation
     * @param grace how long after the platform's deadline the runtime enforces it
     * @return the deadline that lies as far from now as the request says
     */
    static InvocationDeadline of(InvocationRequest request, Duration grace) {
        long remaining = Math.max(0, request.remainingTimeMillis().getAsLong());
        long limit = request.timeLimit() == null ? remaining : request.timeLimit().toMillis();
        return new InvocationDeadline(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(remaining), grace.toNanos(),
                limit);
    }

    /** @return when the runtime ends the invocation, on the {@link System#nanoTime()} scale */
    long enforcedAtNanos() {
        return enforcedNanos;
    }

    /** @return nanoseconds left until the runtime ends the invocation, never negative */
    long remainingNanos() {
        return Math.max(0, enforcedNanos - System.nanoTime());
    }

    /** @return milliseconds left before the platform's deadline, as tasks are told, never negative */
    long remainingMillis() {
        return TimeUnit.NANOSECONDS.toMillis(Math.max(0, platformDeadlineNanos - System.nanoTime()));
    }

    /** @return whether no time is left */
    boolean passed() {
        return passedAt(System.nanoTime());
    }

    /**
     * @param nowNanos a {@link System#nanoTime()} reading the caller already took
     * @return whether no time was left then
     */
    boolean passedAt(long nowNanos) {
        return enforcedNanos - nowNanos <= 0;
    }

    /** @return Lambda's message for an invocation with this time limit */
    String timeoutMessage() {
        return String.format(Locale.ROOT, LambdaErrors.TIMEOUT_MESSAGE_FORMAT, limitMillis / 1000.0);
    }

    /**
     * @param callee the task whose result did not arrive in time
     * @return the error its caller sees, the same one a remote callee's timeout gives
     */
    TaskFailedException timeoutOf(String callee) {
        return new TaskFailedException(callee, LambdaErrors.TIMEOUT, timeoutMessage());
    }
}
