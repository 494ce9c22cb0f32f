package io.fusionize.platform.internal.api;

import io.fusionize.platform.InvokeRequest;
import io.fusionize.platform.InvokeResult;
import io.fusionize.platform.PlatformException;
import io.fusionize.platform.internal.invoke.InvocationService;
import io.fusionize.protocol.lambda.LambdaApi;
import io.fusionize.protocol.lambda.LambdaLimits;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * Lambda's Invoke route as a bare Jetty handler in front of the control plane's routes: every
 * invocation passes here, so it skips the routing framework. Other requests go on unchanged.
 */
final class InvokeHandler extends HandlerWrapper {

    private static final String PREFIX = LambdaApi.INVOKE_PATH_PREFIX;
    private static final String SUFFIX = LambdaApi.INVOKE_PATH_SUFFIX;

    private final InvocationService invocations;
    private final AccessFilter access;

    InvokeHandler(InvocationService invocations, AccessFilter access) {
        this.invocations = invocations;
        this.access = access;
    }

    @Override
    public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
            throws IOException, jakarta.servlet.ServletException {
        if (!isInvocation(target, request)) {
            super.handle(target, base, request, response);
            return;
        }
        base.setHandled(true);
        try {
            access.check(target, request.getHeader(LambdaApi.HEADER_AUTHORIZATION));
            String type = request.getHeader(LambdaApi.HEADER_INVOCATION_TYPE);
            int limit = LambdaLimits.maxPayloadBytes(type);
            rejectOversizedBeforeReading(request, limit);
            InvokeRequest invoke = new InvokeRequest(
                    ControlPlaneRoutes.decoded(target.substring(PREFIX.length(), target.length() - SUFFIX.length())),
                    request.getParameter(LambdaApi.QUERY_QUALIFIER), type,
                    request.getHeader(LambdaApi.HEADER_LOG_TYPE),
                    request.getHeader(LambdaApi.HEADER_CLIENT_CONTEXT), body(request, limit));
            answerLater(request, invoke);
        } catch (RuntimeException e) {
            ErrorResponses.write(response, e, "invoke " + target);
        }
    }

    private static boolean isInvocation(String target, HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && target.startsWith(PREFIX) && target.endsWith(SUFFIX)
                && target.indexOf('/', PREFIX.length()) == target.length() - SUFFIX.length();
    }

    private void answerLater(HttpServletRequest request, InvokeRequest invoke) {
        // a refusal is thrown right here, before the request goes asynchronous
        CompletableFuture<InvokeResult> answer = invocations.invoke(invoke);
        AsyncContext async = request.startAsync();
        // the function's own timeout bounds the wait, not the server
        async.setTimeout(0);
        answer.whenComplete((result, failure) -> {
            HttpServletResponse response = (HttpServletResponse) async.getResponse();
            try {
                if (failure != null) {
                    ErrorResponses.write(response, failure, "invoke " + invoke.functionName());
                } else {
                    write(response, result);
                }
            } catch (IOException e) {
                // the client hung up; the invocation still ran and was reported
            } finally {
                async.complete();
            }
        });
    }

    /**
     * A declared length over the limit is refused without keeping the body; it is still read and
     * dropped, because clients that send the whole body before reading the answer would otherwise
     * see a broken connection instead of the 413.
     */
    private static void rejectOversizedBeforeReading(HttpServletRequest request, int limit) {
        long length = request.getContentLengthLong();
        if (length > limit) {
            if (length <= HttpServers.MAX_REQUEST_BYTES) {
                discard(request);
            }
            throw PlatformException.tooLarge(limit);
        }
    }

    private static void discard(HttpServletRequest request) {
        try {
            request.getInputStream().transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // the client gave up; the 413 goes out anyway
        }
    }

    /** Reads at most one byte past the limit, so that a body without a declared length cannot fill the heap. */
    private static byte[] body(HttpServletRequest request, int limit) {
        try {
            byte[] body = request.getInputStream().readNBytes(limit + 1);
            if (body.length > limit) {
                throw PlatformException.tooLarge(limit);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the invocation payload", e);
        }
    }

    private static void write(HttpServletResponse response, InvokeResult result) throws IOException {
        response.setStatus(result.statusCode());
        response.setHeader(LambdaApi.HEADER_REQUEST_ID, result.requestId());
        if (result.executedVersion() != null) {
            response.setHeader(LambdaApi.HEADER_EXECUTED_VERSION, result.executedVersion());
        }
        if (result.functionError() != null) {
            response.setHeader(LambdaApi.HEADER_FUNCTION_ERROR, result.functionError());
        }
        if (result.logResult() != null) {
            response.setHeader(LambdaApi.HEADER_LOG_RESULT, result.logResult());
        }
        response.setContentType(LambdaApi.CONTENT_TYPE_JSON);
        response.setContentLength(result.body().length);
        response.getOutputStream().write(result.body());
    }
}
