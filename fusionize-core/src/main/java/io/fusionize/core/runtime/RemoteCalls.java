package io.fusionize.core.runtime;

import io.fusionize.api.TaskFailedException;
import io.fusionize.core.wire.Response;
import io.fusionize.core.wire.WireCodec;
import io.fusionize.core.wire.WireFormatException;
import io.fusionize.protocol.fusion.FusionHeader;

/** Calls that leave the process: new invocations of other functions in the same setup version. */
final class RemoteCalls {

    private final FunctionScope scope;

    RemoteCalls(FunctionScope scope) {
        this.scope = scope;
    }

    /**
     * @return the callee's result, serialized
     * @throws TaskFailedException when the callee failed or could not be reached
     */
    byte[] callSync(RuntimeTaskContext caller, String callee, byte[] payload) {
        byte[] event = event(caller, callee, payload, false);
        String functionName = scope.remoteFunctionName(callee);
        Response response;
        try {
            response = WireCodec.decodeResponse(scope.invoker().invokeSync(functionName, scope.qualifier(), event));
        } catch (InvocationFailedException failure) {
            throw new TaskFailedException(callee, failure.errorType(), failure.errorMessage());
        } catch (WireFormatException unreadable) {
            throw Failures.asTaskFailure(callee, unreadable);
        }
        if (response.failed()) {
            String failedTask = response.error().task() == null ? callee : response.error().task();
            throw new TaskFailedException(failedTask, response.error().errorType(), response.error().errorMessage());
        }
        return response.resultJson();
    }

    /**
     * @throws TaskFailedException when the platform did not accept the event, after the invoker's retries
     */
    void send(RuntimeTaskContext caller, String callee, byte[] payload) {
        byte[] event = event(caller, callee, payload, true);
        String functionName = scope.remoteFunctionName(callee);
        try {
            scope.invoker().invokeAsync(functionName, scope.qualifier(), event);
        } catch (InvocationFailedException failure) {
            throw new TaskFailedException(callee, failure.errorType(), failure.errorMessage());
        }
    }

    private byte[] event(RuntimeTaskContext caller, String callee, byte[] payload, boolean async) {
        Invocation invocation = caller.invocation();
        FusionHeader header = new FusionHeader(invocation.traceId(), invocation.invocationId(),
                scope.setup().version(), caller.taskName(), async, caller.depth() + 1);
        return WireCodec.encodeEvent(header, callee, payload);
    }
}
