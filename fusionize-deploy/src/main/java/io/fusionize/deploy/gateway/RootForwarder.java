package io.fusionize.deploy.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fusionize.core.wire.Response;
import io.fusionize.core.wire.WireCodec;
import io.fusionize.core.wire.WireFormatException;
import io.fusionize.protocol.fusion.FunctionNaming;
import io.fusionize.protocol.lambda.FunctionErrorBody;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

/** Sends a root request to an entry function's version through the Invoke API. */
final class RootForwarder {

    private final LambdaClient lambda;

    RootForwarder(LambdaClient lambda) {
        this.lambda = lambda;
    }

    ForwardResult forward(String application, String entry, int version, byte[] payload, boolean async) {
        String function = FunctionNaming.functionName(application, entry);
        InvokeResponse response;
        try {
            response = lambda.invoke(b -> b.functionName(function)
                    .qualifier(FunctionNaming.qualifier(version))
                    .invocationType(async ? InvocationType.EVENT : InvocationType.REQUEST_RESPONSE)
                    .payload(SdkBytes.fromByteArray(payload)));
        } catch (RuntimeException e) {
            return ForwardResult.of(platformFailure(function, version, e), null);
        }
        String requestId = response.responseMetadata().requestId();
        if (async) {
            ObjectNode accepted = WireCodec.mapper().createObjectNode()
                    .put("requestId", requestId).put("setupVersion", version);
            return new ForwardResult(202, WireCodec.write(accepted), requestId, null);
        }
        return answer(response, requestId);
    }

    private static ForwardResult answer(InvokeResponse response, String requestId) {
        byte[] body = response.payload() == null ? new byte[0] : response.payload().asByteArray();
        if (response.functionError() != null) {
            FunctionErrorBody error = WireCodec.decodeFunctionError(body, response.functionError());
            return ForwardResult.of(new GatewayException(502, "FunctionError", "the function failed: "
                    + error.errorType() + ": " + error.errorMessage())
                    .with("errorType", error.errorType()).with("errorMessage", error.errorMessage()), requestId);
        }
        try {
            Response decoded = WireCodec.decodeResponse(body);
            if (decoded.failed()) {
                return ForwardResult.of(new GatewayException(502, "TaskFailed", "task " + decoded.error().task()
                        + " failed with " + decoded.error().errorType() + ": " + decoded.error().errorMessage())
                        .with("task", decoded.error().task()).with("errorType", decoded.error().errorType())
                        .with("errorMessage", decoded.error().errorMessage()), requestId);
            }
            return new ForwardResult(200, WireCodec.write(decoded.result()), requestId, null);
        } catch (WireFormatException e) {
            return ForwardResult.of(new GatewayException(502, "BadFunctionResponse", e.getMessage()), requestId);
        }
    }

    private static GatewayException platformFailure(String function, int version, RuntimeException e) {
        if (e instanceof TooManyRequestsException) {
            return new GatewayException(429, "TooManyRequests", "the platform is at its concurrency limit");
        }
        if (e instanceof ResourceNotFoundException) {
            return new GatewayException(503, "VersionNotDeployed", function + " has no version v" + version);
        }
        if (e instanceof LambdaException lambdaError && lambdaError.statusCode() == 413) {
            return new GatewayException(413, "RequestTooLarge", lambdaError.awsErrorDetails().errorMessage());
        }
        if (e instanceof SdkClientException) {
            return new GatewayException(502, "PlatformUnreachable", "cannot reach the platform: " + e.getMessage());
        }
        return new GatewayException(502, "PlatformError", "the platform failed: " + e.getMessage());
    }
}
