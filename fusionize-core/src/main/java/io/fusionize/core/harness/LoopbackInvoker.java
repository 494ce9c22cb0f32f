package io.fusionize.core.harness;

import io.fusionize.core.runtime.FusionRuntime;
import io.fusionize.core.runtime.InvocationFailedException;
import io.fusionize.core.runtime.InvocationRequest;
import io.fusionize.core.runtime.RemoteInvoker;
import io.fusionize.core.wire.WireCodec;
import io.fusionize.protocol.lambda.FunctionErrorBody;
import io.fusionize.protocol.lambda.LambdaErrors;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * A {@link RemoteInvoker} that plays the platform in-process: each invocation goes, as bytes, to
 * the runtime of the named function, under a fresh invocation id and the function's timeout.
 *
 * <p>Like a platform, it ends a sync caller's wait when the callee runs out of time, with a
 * {@code Sandbox.Timedout} function error, and reports an invocation that failed as a whole as a
 * function error. Every invocation is counted until it ends, also one whose sync caller stopped
 * waiting at its timeout. Async invocations run on an executor and are delivered at least once:
 * one that ends in a function error is retried, by default twice with a short doubling backoff
 * (see {@link InProcessHarness.Builder#asyncRetries}).
 */
public final class LoopbackInvoker implements RemoteInvoker {

    private static final System.Logger LOG = System.getLogger(LoopbackInvoker.class.getName());
    // a callee's own deadline normally ends it first, recorded; the grace only cuts off one deaf to it
    private static final Duration STOP_GRACE = Duration.ofMillis(50);

    private final Function<String, FusionRuntime> functions;
    private final String qualifier;
    private final Duration timeout;
    private final ExecutorService invocationExecutor;
    private final Executor asyncExecutor;
    private final OutstandingWork outstanding;
    private final AsyncRetryPolicy retryPolicy;

    LoopbackInvoker(Function<String, FusionRuntime> functions, String qualifier, Duration timeout,
            ExecutorService invocationExecutor, Executor asyncExecutor, OutstandingWork outstanding,
            AsyncRetryPolicy retryPolicy) {
        this.functions = Objects.requireNonNull(functions, "functions must not be null");
        this.qualifier = Objects.requireNonNull(qualifier, "qualifier must not be null");
        this.timeout = Objects.requireNonNull(timeout, "timeout must not be null");
        this.invocationExecutor = Objects.requireNonNull(invocationExecutor, "invocationExecutor must not be null");
        this.asyncExecutor = Objects.requireNonNull(asyncExecutor, "asyncExecutor must not be null");
        this.outstanding = Objects.requireNonNull(outstanding, "outstanding must not be null");
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy must not be null");
    }

    @Override
    public byte[] invokeSync(String functionName, String qualifier, byte[] event) {
        FusionRuntime runtime = resolve(functionName, qualifier);
        // the callee gets its own copy of the bytes, as it would over a network
        byte[] delivered = Arrays.copyOf(event, event.length);
        // the callee's clock starts when the platform takes the request, before it is scheduled
        InvocationRequest request = InvocationRequest.withTimeout(UUID.randomUUID().toString(), timeout);
        FutureTask<byte[]> running = new FutureTask<>(() -> runtime.handle(delivered, request));
        start(running);
        return await(running, functionName);
    }

    /**
     * Runs an invocation on a thread of its own, so that its caller's wait can end at the timeout,
     * and counts it as outstanding until it ends, even when its caller stopped waiting before.
     */
    private void start(FutureTask<byte[]> invocation) {
        outstanding.started();
        try {
            invocationExecutor.execute(() -> {
                try {
                    invocation.run();
                } finally {
                    outstanding.finished();
                }
            });
        } catch (RuntimeException rejected) {
            outstanding.finished();
            throw rejected;
        }
    }

    @Override
    public void invokeAsync(String functionName, String qualifier, byte[] event) {
        resolve(functionName, qualifier);
        byte[] queued = Arrays.copyOf(event, event.length);
        outstanding.started();
        try {
            asyncExecutor.execute(() -> deliver(functionName, qualifier, queued));
        } catch (RuntimeException rejected) {
            outstanding.finished();
            throw new InvocationFailedException(LambdaErrors.SERVICE, "cannot queue event: " + rejected, rejected);
        }
    }

    private byte[] await(Future<byte[]> running, String functionName) {
        try {
            return running.get(timeout.plus(STOP_GRACE).toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            // a platform would stop the instance; a thread cannot be stopped, and its own deadline
            // already interrupted what can be, so it runs on unwatched, and only the caller moves on
            running.cancel(false);
            throw new InvocationFailedException(LambdaErrors.TIMEOUT, String.format(Locale.ROOT,
                    LambdaErrors.TIMEOUT_MESSAGE_FORMAT, timeout.toMillis() / 1000.0));
        } catch (ExecutionException crashed) {
            throw asFunctionError(crashed.getCause());
        } catch (InterruptedException interrupted) {
            running.cancel(false);
            Thread.currentThread().interrupt();
            throw new InvocationFailedException(InterruptedException.class.getName(),
                    "interrupted while invoking " + functionName, interrupted);
        }
    }

    private void deliver(String functionName, String qualifier, byte[] event) {
        try {
            for (int attempt = 0; !deliveredOnce(functionName, qualifier, event, attempt); attempt++) {
                Thread.sleep(retryPolicy.backoffBefore(attempt + 1).toMillis());
            }
        } catch (InterruptedException stopped) {
            // the harness is closing; undelivered events go with it, as with a stopped platform
            Thread.currentThread().interrupt();
        } finally {
            outstanding.finished();
        }
    }

    /** @return whether the event needs no further attempt: it was delivered, or has no retries left */
    private boolean deliveredOnce(String functionName, String qualifier, byte[] event, int attempt) {
        try {
            invokeSync(functionName, qualifier, event);
            return true;
        } catch (InvocationFailedException failed) {
            boolean last = attempt >= retryPolicy.retries()
                    || LambdaErrors.RESOURCE_NOT_FOUND.equals(failed.errorType());
            // a platform would log this; the callee's own record already says how it ended
            LOG.log(System.Logger.Level.WARNING, "async invocation of " + functionName + " failed (attempt "
                    + (attempt + 1) + ")" + (last ? "; dropping the event" : "; retrying"), failed);
            return last;
        }
    }

    private FusionRuntime resolve(String functionName, String requestedQualifier) {
        FusionRuntime runtime = qualifier.equals(requestedQualifier) ? functions.apply(functionName) : null;
        if (runtime == null) {
            throw new InvocationFailedException(LambdaErrors.RESOURCE_NOT_FOUND,
                    "Function not found: " + functionName + ":" + requestedQualifier);
        }
        return runtime;
    }

    private static InvocationFailedException asFunctionError(Throwable crash) {
        if (crash instanceof Error fatal) {
            throw fatal;
        }
        FunctionErrorBody reported = crash instanceof InvocationFailedException failed ? failed.functionError()
                : new FunctionErrorBody(crash.getClass().getName(), crash.getMessage());
        // encoded and decoded as a platform would carry it, so that both ends agree byte for byte
        byte[] body = WireCodec.encodeFunctionError(reported);
        FunctionErrorBody error = WireCodec.decodeFunctionError(body, LambdaErrors.UNHANDLED);
        return new InvocationFailedException(error.errorType(), error.errorMessage(), crash);
    }
}
