package io.fusionize.core.runtime;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

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

    /** Waits for every tracked piece of work, including work started by work being waited for. */
    void awaitAll() {
        CompletableFuture<?> next;
        while ((next = pending.poll()) != null) {
            try {
                next.join();
            } catch (RuntimeException failed) {
                // the failure belongs to whoever awaited the future, or was recorded as a call error
            }
        }
    }
}
