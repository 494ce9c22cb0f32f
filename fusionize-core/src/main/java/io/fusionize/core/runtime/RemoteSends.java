package io.fusionize.core.runtime;

import io.fusionize.api.TaskFailedException;
import io.fusionize.protocol.fusion.TaskError;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * Hands async events to the platform without holding up the task that sends them.
 *
 * <p>Each event is queued from a worker thread, so that a task sending three events waits for
 * none of the platform's acceptances, and the invocation lasts until every event has been
 * accepted, as a platform keeps an instance running until its pending requests are done. At most
 * {@link #MAX_IN_FLIGHT} events of one function are on their way at once; a task sending more
 * waits for a free slot. An event the platform refuses is not lost silently: the invocation ends
 * with the refusal as its error, so that its caller sees it, or, for an async invocation, the
 * platform retries it.
 */
final class RemoteSends {

    /** How many events of one function may wait for the platform's acceptance at once. */
    static final int MAX_IN_FLIGHT = 16;

    private final FunctionScope scope;
    private final RemoteCalls remoteCalls;
    private final Semaphore slots = new Semaphore(MAX_IN_FLIGHT);

    RemoteSends(FunctionScope scope, RemoteCalls remoteCalls) {
        this.scope = scope;
        this.remoteCalls = remoteCalls;
    }

    /**
     * Starts queueing one event and returns; the event is serialized already.
     *
     * @throws TaskFailedException a timeout, when the deadline passes while the
     *     task waits for a free slot
     */
    void send(RuntimeTaskContext caller, String callee, byte[] payload) {
        Invocation invocation = caller.invocation();
        acquireSlot(invocation, callee);
        CompletableFuture<Void> accepted = invocation.pendingWork().track(new CompletableFuture<>());
        try {
            scope.executor().execute(() -> invocation.runOnThisThread(
                    () -> queue(caller, callee, payload, accepted)));
        } catch (RuntimeException rejected) {
            slots.release();
            accepted.complete(null);
            throw rejected;
        }
    }

    private void acquireSlot(Invocation invocation, String callee) {
        try {
            slots.acquire();
        } catch (InterruptedException interrupted) {
            // only the deadline interrupts a task's thread
            Thread.currentThread().interrupt();
            throw invocation.deadline().timeoutOf(callee);
        }
    }

    private void queue(RuntimeTaskContext caller, String callee, byte[] payload, CompletableFuture<Void> accepted) {
        long start = System.nanoTime();
        String errorType = null;
        try {
            remoteCalls.send(caller, callee, payload);
        } catch (RuntimeException refused) {
            errorType = CallRouter.errorType(refused);
            caller.invocation().refuseEvent(new TaskError(caller.taskName(), errorType,
                    "async call from " + caller.taskName() + " to " + callee + " was not queued: "
                            + reason(refused)));
        } finally {
            slots.release();
            CallRouter.record(caller, callee, false, false, System.nanoTime() - start, payload.length, 0, errorType);
            accepted.complete(null);
        }
    }

    private static String reason(RuntimeException refused) {
        return refused instanceof TaskFailedException failure ? failure.errorMessage() : refused.getMessage();
    }
}
