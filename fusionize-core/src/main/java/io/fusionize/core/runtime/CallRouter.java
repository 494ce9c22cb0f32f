package io.fusionize.core.runtime;

import io.fusionize.api.Calls;
import io.fusionize.api.TaskFailedException;
import io.fusionize.core.record.CallRecord;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Routes each call in-process or remote, as the function's inline sets say, and records it.
 *
 * <p>Both routes serialize the input on the caller's thread and bind the callee's own copy, and
 * both report a callee's failure as the same {@link TaskFailedException}.
 */
final class CallRouter {

    private final FunctionScope scope;
    private final LocalTaskExecutor localExecutor;
    private final RemoteCalls remoteCalls;

    CallRouter(FunctionScope scope, LocalTaskExecutor localExecutor) {
        this.scope = scope;
        this.localExecutor = localExecutor;
        this.remoteCalls = new RemoteCalls(scope);
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
        CompletableFuture<R> result = new CompletableFuture<>();
        caller.invocation().pendingWork().track(result);
        scope.executor().execute(() -> {
            try {
                byte[] resultJson = callSync(caller, callee, payload, null);
                result.complete(scope.catalog().bindResult(callee, resultJson, resultType));
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        });
        return result;
    }

    void send(RuntimeTaskContext caller, String callee, Object input) {
        byte[] payload = prepare(caller, callee, input, false);
        if (scope.function().runsInline(callee, false)) {
            sendLocal(caller, callee, payload);
        } else {
            sendRemote(caller, callee, payload);
        }
    }

    private byte[] prepare(RuntimeTaskContext caller, String callee, Object input, boolean sync) {
        Objects.requireNonNull(callee, "callee must not be null");
        requireDeclared(caller, callee, sync);
        // serialized now, so that the caller may change its objects as soon as the call returns
        return scope.catalog().serialize("the input of task " + callee, input);
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

    private byte[] callSync(RuntimeTaskContext caller, String callee, byte[] payload,
            RuntimeTaskContext sameThreadCaller) {
        boolean local = scope.function().runsInline(callee, true);
        long start = System.nanoTime();
        byte[] result = null;
        String errorType = null;
        try {
            result = local ? runLocal(caller.invocation(), callee, payload, sameThreadCaller)
                    : remoteCalls.callSync(caller, callee, payload);
            return result;
        } catch (RuntimeException failure) {
            errorType = errorType(failure);
            throw failure;
        } finally {
            record(caller, callee, true, local, start, payload.length, result == null ? 0 : result.length, errorType);
        }
    }

    private byte[] runLocal(Invocation invocation, String callee, byte[] payload, RuntimeTaskContext sameThreadCaller) {
        try {
            return localExecutor.execute(invocation, callee, payload, sameThreadCaller);
        } catch (Throwable failure) {
            throw Failures.asTaskFailure(callee, failure);
        }
    }

    private void sendLocal(RuntimeTaskContext caller, String callee, byte[] payload) {
        CompletableFuture<Void> done = caller.invocation().pendingWork().track(new CompletableFuture<>());
        scope.executor().execute(() -> {
            long start = System.nanoTime();
            String errorType = null;
            try {
                runLocal(caller.invocation(), callee, payload, null);
            } catch (TaskFailedException failure) {
                // as with a remote async callee, the failure is the callee's alone; it is recorded
                errorType = failure.errorType();
                caller.logger().log(System.Logger.Level.WARNING, "async call to " + callee + " failed", failure);
            } finally {
                record(caller, callee, false, true, start, payload.length, 0, errorType);
                done.complete(null);
            }
        });
    }

    private void sendRemote(RuntimeTaskContext caller, String callee, byte[] payload) {
        long start = System.nanoTime();
        String errorType = null;
        try {
            remoteCalls.send(caller, callee, payload);
        } catch (RuntimeException failure) {
            errorType = errorType(failure);
            throw failure;
        } finally {
            record(caller, callee, false, false, start, payload.length, 0, errorType);
        }
    }

    private static String errorType(RuntimeException failure) {
        return failure instanceof TaskFailedException taskFailure ? taskFailure.errorType()
                : failure.getClass().getName();
    }

    private static void record(RuntimeTaskContext caller, String callee, boolean sync, boolean local,
            long startNanos, long bytesIn, long bytesOut, String errorType) {
        long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - startNanos);
        caller.invocation().record(new CallRecord(caller.taskName(), callee, sync, local, micros, bytesIn,
                bytesOut, errorType));
    }
}
