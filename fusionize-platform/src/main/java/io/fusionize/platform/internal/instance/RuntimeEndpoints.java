package io.fusionize.platform.internal.instance;

import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.platform.PlatformException;
import io.fusionize.protocol.json.ProtocolJson;
import io.fusionize.protocol.lambda.FunctionErrorBody;
import io.fusionize.protocol.lambda.LambdaErrors;
import io.fusionize.protocol.lambda.LambdaLimits;
import io.fusionize.protocol.lambda.RuntimeApi;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The Lambda Runtime API as each instance sees it, behind its own path prefix. */
public final class RuntimeEndpoints {

    private final InstanceManager manager;

    /** @param manager the instances */
    public RuntimeEndpoints(InstanceManager manager) {
        this.manager = Objects.requireNonNull(manager, "manager must not be null");
    }

    /**
     * {@code GET /runtime/invocation/next}.
     *
     * @param instanceId the instance
     * @return completes with the next invocation, which is already marked as started
     * @throws PlatformException a 404 if the instance is gone
     */
    public CompletableFuture<Invocation> next(String instanceId) {
        return manager.instance(instanceId).awaitNext();
    }

    /**
     * {@code POST /runtime/invocation/{id}/response}.
     *
     * @param instanceId the instance
     * @param requestId the invocation
     * @param body the result
     * @throws PlatformException 404 if the instance is gone, 400 for a wrong request id, 413 if the
     *     result exceeds 6 MB (the invocation then fails)
     */
    public void response(String instanceId, String requestId, byte[] body) {
        Invocation invocation = delivered(instanceId, requestId);
        if (body.length > LambdaLimits.MAX_SYNC_PAYLOAD_BYTES) {
            manager.complete(invocation, InvocationOutcome.error(LambdaErrors.RESPONSE_TOO_LARGE,
                    "Response payload size (" + body.length + " bytes) exceeded maximum allowed payload size ("
                            + LambdaLimits.MAX_SYNC_PAYLOAD_BYTES + " bytes)."), false);
            throw new PlatformException(413, RuntimeApi.ERROR_PAYLOAD_TOO_LARGE, "Response payload too large");
        }
        manager.complete(invocation, InvocationOutcome.success(body), false);
    }

    /**
     * {@code POST /runtime/invocation/{id}/error}.
     *
     * @param instanceId the instance
     * @param requestId the invocation
     * @param body the error JSON
     * @param errorTypeHeader the {@code Lambda-Runtime-Function-Error-Type} header, or {@code null}
     * @throws PlatformException 404 if the instance is gone, 400 for a wrong request id
     */
    public void error(String instanceId, String requestId, byte[] body, String errorTypeHeader) {
        Invocation invocation = delivered(instanceId, requestId);
        manager.complete(invocation, InvocationOutcome.error(errorType(body, errorTypeHeader), body), false);
    }

    /**
     * {@code POST /runtime/init/error}: the pending invocation fails with the init error, and the
     * instance is not reused.
     *
     * @param instanceId the instance
     * @param body the error JSON
     * @param errorTypeHeader the {@code Lambda-Runtime-Function-Error-Type} header, or {@code null}
     * @throws PlatformException 404 if the instance is gone
     */
    public void initError(String instanceId, byte[] body, String errorTypeHeader) {
        Invocation pending = manager.instance(instanceId).abandonInit();
        if (pending != null) {
            manager.complete(pending, InvocationOutcome.error(errorType(body, errorTypeHeader), body), false);
        }
    }

    private Invocation delivered(String instanceId, String requestId) {
        Invocation invocation = manager.instance(instanceId).delivered(requestId);
        if (invocation == null) {
            throw new PlatformException(400, RuntimeApi.ERROR_INVALID_REQUEST_ID, "Invalid request ID: " + requestId);
        }
        return invocation;
    }

    private static String errorType(byte[] body, String header) {
        try {
            JsonNode type = ProtocolJson.omittingNulls().readTree(body).get(FunctionErrorBody.KEY_ERROR_TYPE);
            if (type != null && type.isTextual() && !type.asText().isBlank()) {
                return type.asText();
            }
        } catch (IOException | RuntimeException e) {
            // not JSON: fall back to the header
        }
        return header == null || header.isBlank() ? LambdaErrors.UNHANDLED : header;
    }
}
