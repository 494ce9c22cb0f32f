package io.fusionize.core.runtime;

import io.fusionize.api.Calls;
import io.fusionize.api.TaskFailedException;
import io.fusionize.protocol.fusion.CallRecord;
import io.fusionize.protocol.lambda.LambdaErrors;
import io.fusionize.protocol.lambda.LambdaLimits;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Routes each call in-process or remote, as the function's inline sets say, and records it.
 *
 * <p>Both routes serialize the input on the caller's thread and bind the callee's own copy, both
 * report a callee's failure as the same {@link TaskFailedException}, and neither outlives the
 * invocation's deadline: once it passes, a sync caller gets Lambda's {@code Sandbox.Timedout}
 * error. A failed async callee is run again up to {@link #ASYNC_RETRIES} times, as a platform
 * retries a failed async invocation. Remote async events are queued without holding up the
 * caller ({@link RemoteSends}).
 */
final class CallRouter {

    /** How often a failed async callee is run again: Lambda's default for async invocations. */
    static final int ASYNC_RETRIES = 2;

    private final FunctionScope scope;
    private final LocalTaskExecutor localExecutor;
    private final RemoteCalls remoteCalls;
    private final RemoteSends remoteSends;

    CallRouter(FunctionScope scope, LocalTaskExecutor localExecutor) {
        this.scope = scope;
        this.localExecutor = localExecutor;
        this.remoteCalls = new RemoteCalls(scope);
        this.remoteSends = new RemoteSends(scope, remoteCalls);
    }

    <R> R call(RuntimeTaskContext caller, String callee, Object input, Class<R> resultType) {
        Objects.requireNonNull(resultType, "resultType must not be null");
        byte[] payload = prepare(caller, callee, input, true);
        return scope.catalog().bindResult(callee, callSync(caller, callee, payload, caller), resultType);
    }

    <R> CompletableFuture<R> callConcurrently(RuntimeTaskContext caller, String callee, Object input,
            Class<R> resultType) {
        Objects.requireNonNull(resultType, "resultType must not be null");
        byte[] payload = prepare(caller, callee, input, true);
        Invocation invocation = caller.invocation();
        CompletableFuture<R> result = invocation.pendingWork().track(new CompletableFuture<>());
        // the caller's wait ends at the deadline even while the callee still runs; the failure is
        // handed to the executor, so that the caller's callbacks never run on the deadline watch
        invocation.onExpiry(() -> scope.executor().execute(
                () -> result.completeExceptionally(invocation.deadline().timeoutOf(callee))));
        scope.executor().execute(() -> invocation.runOnThisThread(
                () -> complete(result, caller, callee, payload, resultType)));
        return result;
    }

    void send(RuntimeTaskContext caller, String callee, Object input) {
        byte[] payload = prepare(caller, callee, input, false);
        if (scope.function().runsInline(callee, false)) {
            sendLocal(caller, callee, payload);
        } else {
            remoteSends.send(caller, callee, payload);
        }
    }

    private byte[] prepare(RuntimeTaskContext caller, String callee, Object input, boolean sync) {
        Objects.requireNonNull(callee, "callee must not be null");
        requireDeclared(caller, callee, sync);
        requireWithinDepth(caller, callee);
        // serialized now, so that the caller may change its objects as soon as the call returns
        return scope.catalog().serializeInput(callee, input);
    }

    private static void requireDeclared(RuntimeTaskContext caller, String callee, boolean sync) {
        Calls calls = caller.definition().calls();
        boolean declared = sync ? calls.syncCallees().contains(callee) : calls.asyncCallees().contains(callee);
        if (!declared) {
            String kind = sync ? "sync" : "async";
            throw new IllegalStateException("task " + caller.taskName() + " made an undeclared " + kind
                    + " call to " + callee + "; declare it with Calls." + kind + "(\"" + callee + "\")");
        }
    }

    /**
     * Counts hops per task call, inline or remote alike, so that a request stops at the same
     * point in every setup; a task that recurses without end fails instead of running forever.
     */
    private static void requireWithinDepth(RuntimeTaskContext caller, String callee) {
        int depth = caller.depth() + 1;
        if (depth > LambdaLimits.MAX_CALL_DEPTH) {
            throw new TaskFailedException(callee, LambdaErrors.RECURSIVE_INVOCATION, String.format(Locale.ROOT,
                    "task %s called %s as hop %d of its request; Fusionize stops call chains after %d hops, "
                    + "as Lambda stops recursive loops", caller.taskName(), callee, depth,
                    LambdaLimits.MAX_CALL_DEPTH));
        }
    }

    private <R> void complete(CompletableFuture<R> result, RuntimeTaskContext caller, String callee, byte[] payload,
            Class<R> resultType) {
        try {
            byte[] resultJson = callSync(caller, callee, payload, null);
            result.complete(scope.catalog().bindResult(callee, resultJson, resultType));
        } catch (Throwable failure) {
            result.completeExceptionally(failure);
        }
    }

    private byte[] callSync(RuntimeTaskContext caller, String callee, byte[] payload,
            RuntimeTaskContext sameThreadCaller) {
        InvocationDeadline deadline = caller.invocation().deadline();
        boolean local = scope.function().runsInline(callee, true);
        long start = System.nanoTime();
        byte[] result = null;
        RuntimeException failure = null;
        try {
            if (deadline.passedAt(start)) {
                throw deadline.timeoutOf(callee);
            }
            result = local ? runLocal(caller, callee, payload, sameThreadCaller)
                    : remoteCalls.callSync(caller, callee, payload);
        } catch (RuntimeException callFailure) {
            failure = callFailure;
        }
        long end = System.nanoTime();
        if (deadline.passedAt(end)) {
            // a result or failure that arrives after the deadline is lost, as when a platform stops the caller
            failure = deadline.timeoutOf(callee);
            result = null;
        }
        record(caller, callee, true, local, end - start, payload.length, result == null ? 0 : result.length,
                failure == null ? null : errorType(failure));
        if (failure != null) {
            throw failure;
        }
        return result;
    }

    private byte[] runLocal(RuntimeTaskContext caller, String callee, byte[] payload,
            RuntimeTaskContext sameThreadCaller) {
        try {
            return localExecutor.execute(caller.invocation(), callee, payload, sameThreadCaller, caller.depth() + 1);
        } catch (Throwable failure) {
            throw Failures.asTaskFailure(callee, failure);
        }
    }

    private void sendLocal(RuntimeTaskContext caller, String callee, byte[] payload) {
        Invocation invocation = caller.invocation();
        CompletableFuture<Void> done = invocation.pendingWork().track(new CompletableFuture<>());
        scope.executor().execute(() -> invocation.runOnThisThread(() -> {
            long start = System.nanoTime();
            String errorType = null;
            try {
                errorType = runWithRetries(caller, callee, payload);
            } finally {
                record(caller, callee, false, true, since(start), payload.length, 0, errorType);
                done.complete(null);
            }
        }));
    }

    /** @return {@code null} when an attempt succeeded, else the error type of the last one */
    private String runWithRetries(RuntimeTaskContext caller, String callee, byte[] payload) {
        Invocation invocation = caller.invocation();
        TaskFailedException last = null;
        for (int attempt = 0; attempt <= ASYNC_RETRIES && !invocation.deadline().passed(); attempt++) {
            try {
                runLocal(caller, callee, payload, null);
                return null;
            } catch (TaskFailedException failure) {
                // as with a remote async callee, the failure is the callee's alone; it is retried and recorded
                last = failure;
                caller.logger().log(System.Logger.Level.WARNING, "async call to " + callee + " failed (attempt "
                        + (attempt + 1) + " of " + (ASYNC_RETRIES + 1) + ")", failure);
            }
        }
        return last == null || invocation.deadline().passed() ? LambdaErrors.TIMEOUT : last.errorType();
    }

    static String errorType(RuntimeException failure) {
        return failure instanceof TaskFailedException taskFailure ? taskFailure.errorType()
                : failure.getClass().getName();
    }

    static void record(RuntimeTaskContext caller, String callee, boolean sync, boolean local,
            long durationNanos, long bytesIn, long bytesOut, String errorType) {
        caller.invocation().record(new CallRecord(caller.taskName(), callee, sync, local,
                TimeUnit.NANOSECONDS.toMicros(durationNanos), bytesIn, bytesOut, errorType));
    }

    private static long since(long startNanos) {
        return System.nanoTime() - startNanos;
    }
}
