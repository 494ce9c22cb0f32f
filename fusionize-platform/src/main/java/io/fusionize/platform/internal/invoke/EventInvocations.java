package io.fusionize.platform.internal.invoke;

import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.platform.InvokeResult;
import io.fusionize.platform.PlatformException;
import io.fusionize.platform.ThrottledException;
import io.fusionize.platform.internal.async.DispatchOutcome;
import io.fusionize.platform.internal.async.EventDispatcher;
import io.fusionize.platform.internal.state.FunctionNames;
import io.fusionize.platform.internal.state.FunctionRegistry;
import io.fusionize.platform.internal.state.FunctionVersion;
import io.fusionize.protocol.json.ProtocolJson;
import io.fusionize.protocol.lambda.FunctionErrorBody;
import io.fusionize.protocol.lambda.LambdaApi;
import io.fusionize.protocol.lambda.LambdaErrors;
import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Delivers queued {@code Event} invocations by running them like synchronous ones. */
public final class EventInvocations implements EventDispatcher {

    private final FunctionRegistry registry;
    private final InvocationService invocations;

    /**
     * @param registry the functions
     * @param invocations runs invocations
     */
    public EventInvocations(FunctionRegistry registry, InvocationService invocations) {
        this.registry = registry;
        this.invocations = invocations;
    }

    @Override
    public DispatchOutcome dispatch(String functionName, String qualifier, byte[] payload) {
        FunctionVersion version;
        try {
            version = registry.resolve(functionName, qualifier);
        } catch (PlatformException e) {
            return DispatchOutcome.functionNotFound();
        }
        try {
            InvokeResult result = invocations.run(version, new FunctionNames.Reference(functionName, qualifier),
                    payload, LambdaApi.INVOCATION_EVENT, false, null).get();
            return result.functionError() == null ? DispatchOutcome.success() : functionError(result.body());
        } catch (ThrottledException e) {
            return DispatchOutcome.throttled();
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof ThrottledException) {
                return DispatchOutcome.throttled();
            }
            throw new IllegalStateException("event delivery failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("event delivery interrupted", e);
        }
    }

    private static DispatchOutcome functionError(byte[] body) {
        try {
            JsonNode error = ProtocolJson.omittingNulls().readTree(body);
            String type = error.path(FunctionErrorBody.KEY_ERROR_TYPE).asText("");
            JsonNode message = error.path(FunctionErrorBody.KEY_ERROR_MESSAGE);
            return DispatchOutcome.functionError(type.isBlank() ? LambdaErrors.UNHANDLED : type,
                    message.isMissingNode() ? null : message.asText());
        } catch (IOException | RuntimeException e) {
            return DispatchOutcome.functionError(LambdaErrors.UNHANDLED, null);
        }
    }
}
