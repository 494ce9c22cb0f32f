package io.fusionize.core.harness;

import io.fusionize.core.runtime.FusionRuntime;
import io.fusionize.core.runtime.InvocationRequest;
import io.fusionize.core.runtime.RemoteInvocationException;
import io.fusionize.core.runtime.RemoteInvoker;
import io.fusionize.core.wire.FunctionError;
import io.fusionize.core.wire.WireCodec;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * A {@link RemoteInvoker} that plays the platform in-process: each invocation goes, as bytes, to
 * the runtime of the named function, under a fresh invocation id. Async invocations run on an
 * executor and are counted until they finish.
 */
public final class LoopbackInvoker implements RemoteInvoker {

    private static final System.Logger LOG = System.getLogger(LoopbackInvoker.class.getName());

    private final Function<String, FusionRuntime> functions;
    private final String qualifier;
    private final Duration timeout;
    private final Executor asyncExecutor;
    private final OutstandingWork outstanding;

    LoopbackInvoker(Function<String, FusionRuntime> functions, String qualifier, Duration timeout,
            Executor asyncExecutor, OutstandingWork outstanding) {
        this.functions = Objects.requireNonNull(functions, "functions must not be null");
        this.qualifier = Objects.requireNonNull(qualifier, "qualifier must not be null");
        this.timeout = Objects.requireNonNull(timeout, "timeout must not be null");
        this.asyncExecutor = Objects.requireNonNull(asyncExecutor, "asyncExecutor must not be null");
        this.outstanding = Objects.requireNonNull(outstanding, "outstanding must not be null");
    }

    @Override
    public byte[] invokeSync(String functionName, String qualifier, byte[] event) {
        FusionRuntime runtime = resolve(functionName, qualifier);
        // the callee gets its own copy of the bytes, as it would over a network
        byte[] delivered = Arrays.copyOf(event, event.length);
        try {
            return runtime.handle(delivered, InvocationRequest.withTimeout(UUID.randomUUID().toString(), timeout));
        } catch (RuntimeException crash) {
            throw asFunctionError(crash);
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
            throw new RemoteInvocationException("ServiceException", "cannot queue event: " + rejected, rejected);
        }
    }

    private void deliver(String functionName, String qualifier, byte[] event) {
        try {
            invokeSync(functionName, qualifier, event);
        } catch (RuntimeException failed) {
            // a platform would log this; the callee's own record already says how it ended
            LOG.log(System.Logger.Level.WARNING, "async invocation of " + functionName + " failed", failed);
        } finally {
            outstanding.finished();
        }
    }

    private FusionRuntime resolve(String functionName, String requestedQualifier) {
        FusionRuntime runtime = qualifier.equals(requestedQualifier) ? functions.apply(functionName) : null;
        if (runtime == null) {
            throw new RemoteInvocationException("ResourceNotFoundException",
                    "Function not found: " + functionName + ":" + requestedQualifier);
        }
        return runtime;
    }

    private static RemoteInvocationException asFunctionError(RuntimeException crash) {
        // encoded and decoded as a platform would carry it, so that both ends agree byte for byte
        byte[] body = WireCodec.encodeFunctionError(new FunctionError(crash.getClass().getName(), crash.getMessage()));
        FunctionError error = WireCodec.decodeFunctionError(body, "Unhandled");
        return new RemoteInvocationException(error.errorType(), error.errorMessage(), crash);
    }
}
