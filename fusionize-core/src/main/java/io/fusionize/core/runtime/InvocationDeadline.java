package io.fusionize.core.runtime;

import io.fusionize.api.TaskFailedException;
import io.fusionize.core.wire.WireConstants;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * When an invocation runs out of time, fixed when it starts from the time the platform gives it,
 * and the error that running out of time produces: Lambda's {@code Sandbox.Timedout}.
 */
final class InvocationDeadline {

    private final long deadlineNanos;
    private final long limitMillis;

    private InvocationDeadline(long deadlineNanos, long limitMillis) {
        this.deadlineNanos = deadlineNanos;
        this.limitMillis = limitMillis;
    }

    /**
     * @param request the platform's facts about the invocation
     * @return the deadline that lies as far from now as the request says
     */
    static InvocationDeadline of(InvocationRequest request) {
        long remaining = Math.max(0, request.remainingTimeMillis().getAsLong());
        long limit = request.timeLimit() == null ? remaining : request.timeLimit().toMillis();
        return new InvocationDeadline(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(remaining), limit);
    }

    /** @return the deadline on the {@link System#nanoTime()} scale */
    long deadlineNanos() {
        return deadlineNanos;
    }

    /** @return nanoseconds left, never negative */
    long remainingNanos() {
        return Math.max(0, deadlineNanos - System.nanoTime());
    }

    /** @return milliseconds left, never negative */
    long remainingMillis() {
        return TimeUnit.NANOSECONDS.toMillis(remainingNanos());
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
        return deadlineNanos - nowNanos <= 0;
    }

    /** @return Lambda's message for an invocation with this time limit */
    String timeoutMessage() {
        return String.format(Locale.ROOT, WireConstants.TIMEOUT_MESSAGE_FORMAT, limitMillis / 1000.0);
    }

    /**
     * @param callee the task whose result did not arrive in time
     * @return the error its caller sees, the same one a remote callee's timeout gives
     */
    TaskFailedException timeoutOf(String callee) {
        return new TaskFailedException(callee, WireConstants.ERROR_TIMEOUT, timeoutMessage());
    }
}
