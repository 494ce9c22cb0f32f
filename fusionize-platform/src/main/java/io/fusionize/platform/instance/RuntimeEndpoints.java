package io.fusionize.platform.instance;

import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.platform.PlatformConstants;
import io.fusionize.platform.PlatformException;
import io.fusionize.platform.dto.WireJson;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The Lambda Runtime API as each instance sees it, behind its own path prefix. */
public final class RuntimeEndpoints {

    /** Error type the runtime gets for an unknown or stale request id. */
    public static final String INVALID_REQUEST_ID = "InvalidRequestID";
    private static final String UNKNOWN_ERROR_TYPE = "Unhandled";

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
        if (body.length > PlatformConstants.MAX_SYNC_PAYLOAD_BYTES) {
            manager.complete(invocation, InvocationOutcome.error(PlatformConstants.FUNCTION_ERROR_RESPONSE_TOO_LARGE,
                    "Response payload size (" + body.length + " bytes) exceeded maximum allowed payload size ("
                            + PlatformConstants.MAX_SYNC_PAYLOAD_BYTES + " bytes)."), false);
            throw new PlatformException(413, "RequestEntityTooLarge", "Response payload too large");
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
            throw new PlatformException(400, INVALID_REQUEST_ID, "Invalid request ID: " + requestId);
        }
        return invocation;
    }

    private static String errorType(byte[] body, String header) {
        try {
            JsonNode type = WireJson.mapper().readTree(body).get("errorType");
            if (type != null && type.isTextual() && !type.asText().isBlank()) {
                return type.asText();
            }
        } catch (IOException | RuntimeException e) {
            // not JSON: fall back to the header
        }
        return header == null || header.isBlank() ? UNKNOWN_ERROR_TYPE : header;
    }
}
