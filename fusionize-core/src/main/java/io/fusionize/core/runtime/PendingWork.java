package io.fusionize.core.runtime;

import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Work started during an invocation that must finish before the invocation completes, as a
 * platform keeps an instance running until its event loop is empty.
 */
final class PendingWork {

    private final Queue<CompletableFuture<?>> pending = new ConcurrentLinkedQueue<>();

    <T> CompletableFuture<T> track(CompletableFuture<T> work) {
        pending.add(work);
        return work;
    }

    /**
     * Waits for every tracked piece of work, including work started by work being waited for,
     * but not past the deadline.
     *
     * It returns once all work is done, time has run out, or the wait was interrupted.
     *
     * @param deadline the invocation's deadline
     */
    void awaitAll(InvocationDeadline deadline) {
        CompletableFuture<?> next;
        while ((next = pending.poll()) != null) {
            if (!await(next, deadline)) {
                return;
            }
        }
    }

    private static boolean await(CompletableFuture<?> work, InvocationDeadline deadline) {
        try {
            work.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (ExecutionException | CancellationException failed) {
            // the failure belongs to whoever awaited the future, or was recorded as a call error
            return true;
        } catch (TimeoutException late) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
