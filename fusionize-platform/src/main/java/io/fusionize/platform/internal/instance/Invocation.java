package io.fusionize.platform.internal.instance;

import io.fusionize.platform.internal.report.LogTail;
import io.fusionize.platform.internal.resources.OversubscriptionTracker;
import io.fusionize.platform.internal.state.FunctionVersion;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One invocation on its way through an instance.
 *
 * <p>It is finished once its outcome is known and the instance's log lines up to the end of the
 * invocation have been read, so that log tails and log listeners see every line of it.
 */
public final class Invocation {

    private final String requestId;
    private final FunctionVersion version;
    private final byte[] payload;
    private final String invocationType;
    private final String invokedArn;
    private final String clientContext;
    private final LogTail tail;
    private final CompletableFuture<Invocation> finished = new CompletableFuture<>();

    private Consumer<Invocation> finisher;
    private InvocationOutcome outcome;
    private boolean logsComplete;
    private boolean finishing;
    private volatile long dispatchNanos;
    private volatile long dispatchEpochMs;
    private volatile long endNanos;
    private volatile long endEpochMs;
    private volatile boolean coldStart;
    private volatile double initDurationMs;
    private volatile long maxMemoryUsedMb;
    private volatile OversubscriptionTracker.Ticket ticket;

    /**
     * @param requestId the request id
     * @param version the version to run
     * @param payload the event
     * @param invocationType {@code RequestResponse} or {@code Event}
     * @param invokedArn the ARN the client invoked
     * @param clientContext the client context header, or {@code null}
     * @param tail where to keep the log tail, or {@code null} if not requested
     */
    public Invocation(String requestId, FunctionVersion version, byte[] payload, String invocationType,
            String invokedArn, String clientContext, LogTail tail) {
        this.requestId = Objects.requireNonNull(requestId, "requestId must not be null");
        this.version = Objects.requireNonNull(version, "version must not be null");
        this.payload = Objects.requireNonNull(payload, "payload must not be null");
        this.invocationType = Objects.requireNonNull(invocationType, "invocationType must not be null");
        this.invokedArn = invokedArn;
        this.clientContext = clientContext;
        this.tail = tail;
    }

    /** @return completes when the invocation is finished, never exceptionally */
    public CompletableFuture<Invocation> finished() {
        return finished;
    }

    synchronized void onFinish(Consumer<Invocation> action) {
        this.finisher = action;
    }

    /**
     * Records the outcome unless one is recorded already.
     *
     * @param result the outcome
     * @param logsDone whether no more log lines are expected (e.g. the process was killed)
     * @return whether this call recorded it
     */
    boolean complete(InvocationOutcome result, boolean logsDone) {
        synchronized (this) {
            if (outcome != null) {
                return false;
            }
            outcome = result;
            endNanos = System.nanoTime();
            endEpochMs = System.currentTimeMillis();
            if (dispatchNanos == 0) {
                dispatchNanos = endNanos;
                dispatchEpochMs = endEpochMs;
            }
            logsComplete |= logsDone;
        }
        finishIfReady();
        return true;
    }

    /** Marks the invocation's log as fully read. */
    void logsComplete() {
        synchronized (this) {
            logsComplete = true;
        }
        finishIfReady();
    }

    private void finishIfReady() {
        Consumer<Invocation> action;
        synchronized (this) {
            if (outcome == null || !logsComplete || finishing) {
                return;
            }
            finishing = true;
            action = finisher;
        }
        if (action != null) {
            action.accept(this);
        }
    }

    void markDispatched() {
        dispatchEpochMs = System.currentTimeMillis();
        dispatchNanos = System.nanoTime();
    }

    void markFinished() {
        finished.complete(this);
    }

    void appendLog(String line) {
        if (tail != null) {
            tail.append(line);
        }
    }

    void markCold(double initMs) {
        coldStart = true;
        initDurationMs = initMs;
    }

    void setMaxMemoryUsedMb(long mb) {
        maxMemoryUsedMb = mb;
    }

    void setTicket(OversubscriptionTracker.Ticket value) {
        ticket = value;
    }

    OversubscriptionTracker.Ticket ticket() {
        return ticket;
    }

    /** @return whether the outcome is known but log lines up to the end marker are still awaited */
    synchronized boolean awaitingLogs() {
        return outcome != null && !logsComplete;
    }

    /** @return whether the outcome is known */
    public synchronized boolean isCompleted() {
        return outcome != null;
    }

    /** @return the outcome, or {@code null} while running */
    public synchronized InvocationOutcome outcome() {
        return outcome;
    }

    /** @return the request id */
    public String requestId() {
        return requestId;
    }

    /** @return the version that runs */
    public FunctionVersion version() {
        return version;
    }

    /** @return the event */
    public byte[] payload() {
        return payload;
    }

    /** @return {@code RequestResponse} or {@code Event} */
    public String invocationType() {
        return invocationType;
    }

    /** @return the ARN the client invoked */
    public String invokedArn() {
        return invokedArn;
    }

    /** @return the client context header, or {@code null} */
    public String clientContext() {
        return clientContext;
    }

    /** @return the log tail, or {@code null} if not requested */
    public LogTail tail() {
        return tail;
    }

    /** @return how long the function ran, in milliseconds */
    public double durationMs() {
        return (endNanos - dispatchNanos) / 1e6;
    }

    /** @return when the function started, epoch ms */
    public long startEpochMs() {
        return dispatchEpochMs;
    }

    /** @return when it ended, epoch ms */
    public long endEpochMs() {
        return endEpochMs;
    }

    /** @return when it was handed to the instance, {@link System#nanoTime()} */
    long dispatchNanos() {
        return dispatchNanos;
    }

    /** @return whether a new instance was started for it */
    public boolean coldStart() {
        return coldStart;
    }

    /** @return the instance's init duration on a cold start, else 0 */
    public double initDurationMs() {
        return initDurationMs;
    }

    /** @return the instance's resident-set high-water mark at the end */
    public long maxMemoryUsedMb() {
        return maxMemoryUsedMb;
    }

    /** @return whether CPU was oversubscribed at any time while it ran */
    public boolean oversubscribed() {
        OversubscriptionTracker.Ticket current = ticket;
        return current != null && current.oversubscribed();
    }
}
