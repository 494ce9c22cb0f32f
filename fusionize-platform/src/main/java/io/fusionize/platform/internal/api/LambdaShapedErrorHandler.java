package io.fusionize.platform.internal.api;

import io.fusionize.platform.PlatformException;
import io.fusionize.protocol.lambda.LambdaApi;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.UUID;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Answers the errors Jetty raises itself, before or outside any route (oversize headers, a request
 * line it cannot parse), in Lambda's error shape instead of an HTML page, so the AWS SDK shows a
 * code and a message for them too.
 */
final class LambdaShapedErrorHandler extends ErrorHandler {

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        PlatformException error = ErrorResponses.forStatus(status, refusal(status, reason));
        fields.put(LambdaApi.HEADER_ERROR_TYPE, error.errorType());
        fields.put(LambdaApi.HEADER_REQUEST_ID, UUID.randomUUID().toString());
        fields.put(LambdaApi.HEADER_CONTENT_TYPE, LambdaApi.CONTENT_TYPE_JSON);
        return ByteBuffer.wrap(ErrorResponses.body(error));
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        baseRequest.setHandled(true);
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        int status = response.getStatus();
        ErrorResponses.write(response, ErrorResponses.forStatus(status,
                refusal(status, message == null ? null : message.toString())), request.getMethod() + " " + target);
    }

    private static String refusal(int status, String reason) {
        return "The platform refused the request before any operation ran (HTTP " + status + ")"
                + (reason == null || reason.isBlank() ? "" : ": " + reason);
    }
}
