package io.fusionize.core.runtime;

/**
 * Runs an invocation's entry task and waits for its inline work and its queued async events,
 * within the invocation's deadline: when the deadline passes, the invocation ends as a timeout
 * whatever its tasks did, and when the platform refused an event, it ends with that refusal.
 */
final class EntryRunner {

    private final TaskRunner runner;
    private final DeadlineWatch watch = DeadlineWatch.shared();

    EntryRunner(TaskRunner runner) {
        this.runner = runner;
    }

    /**
     * @param invocation the invocation, not yet started
     * @param task the entry task
     * @param inputJson its input, serialized
     * @return how the invocation ended
     */
    InvocationEnding run(Invocation invocation, String task, byte[] inputJson) {
        invocation.enter();
        watch.watch(invocation);
        try {
            InvocationEnding ending = runEntry(invocation, task, inputJson);
            // as on a platform, the invocation lasts until its inline work is done
            invocation.pendingWork().awaitAll(invocation.deadline());
            if (invocation.deadline().passed()) {
                return InvocationEnding.timeout(task, invocation.deadline());
            }
            // an event the platform refused would be lost if the invocation reported success
            return ending.error() == null
                    ? invocation.refusedEvent().map(InvocationEnding::failure).orElse(ending) : ending;
        } finally {
            watch.unwatch(invocation);
            invocation.end();
            invocation.exit();
        }
    }

    private InvocationEnding runEntry(Invocation invocation, String task, byte[] inputJson) {
        try {
            return InvocationEnding.success(runner.execute(invocation, task, inputJson, null, invocation.depth()));
        } catch (Throwable failure) {
            Failures.rethrowIfFatal(failure);
            return InvocationEnding.failure(Failures.errorOf(task, failure));
        }
    }
}
