package io.fusionize.platform.internal.api;

import io.fusionize.platform.InvokeRequest;
import io.fusionize.platform.InvokeResult;
import io.fusionize.platform.PlatformException;
import io.fusionize.platform.internal.invoke.InvocationService;
import io.fusionize.protocol.lambda.LambdaApi;
import io.fusionize.protocol.lambda.LambdaErrors;
import io.fusionize.protocol.lambda.LambdaLimits;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * Lambda's Invoke route as a bare Jetty handler in front of the control plane's routes: every
 * invocation passes here, so it skips the routing framework. Other requests go on unchanged.
 */
final class InvokeHandler extends HandlerWrapper {

    private static final String PREFIX = LambdaApi.INVOKE_PATH_PREFIX;
    private static final String SUFFIX = LambdaApi.INVOKE_PATH_SUFFIX;
    private static final int REQUEST_TIMEOUT = 408;

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
            rejectBeyondServerLimit(request, limit);
            String function = ControlPlaneRoutes.decoded(
                    target.substring(PREFIX.length(), target.length() - SUFFIX.length()));
            // the raw query string: the servlet parameter map would parse, and so eat, a form-typed body
            String qualifier = QueryString.first(request.getQueryString(), LambdaApi.QUERY_QUALIFIER);
            String logType = request.getHeader(LambdaApi.HEADER_LOG_TYPE);
            String clientContext = request.getHeader(LambdaApi.HEADER_CLIENT_CONTEXT);
            readThenInvoke(request, limit, "invoke " + target,
                    body -> new InvokeRequest(function, qualifier, type, logType, clientContext, body));
        } catch (RuntimeException e) {
            ErrorResponses.write(response, e, "invoke " + target);
        }
    }

    private static boolean isInvocation(String target, HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && target.startsWith(PREFIX) && target.endsWith(SUFFIX)
                && target.indexOf('/', PREFIX.length()) == target.length() - SUFFIX.length();
    }

    /** The body arrives without a thread waiting for it; the invocation starts once it is complete. */
    private void readThenInvoke(HttpServletRequest request, int limit, String where,
            Function<byte[], InvokeRequest> toInvoke) throws IOException {
        AsyncContext async = request.startAsync();
        // the idle timeout bounds the body, the function's own timeout the invocation
        async.setTimeout(0);
        AsyncBody.read(request, limit).whenComplete((body, failure) -> {
            if (failure != null) {
                answer(async, unreadable(failure), where);
                return;
            }
            try {
                answerLater(async, invocations.invoke(toInvoke.apply(body)), where);
            } catch (RuntimeException refused) {
                answer(async, refused, where);
            }
        });
    }

    private static void answerLater(AsyncContext async, CompletableFuture<InvokeResult> answer, String where) {
        answer.whenComplete((result, failure) -> {
            if (failure != null) {
                answer(async, failure, where);
                return;
            }
            try {
                write((HttpServletResponse) async.getResponse(), result);
            } catch (IOException e) {
                // the client hung up; the invocation still ran and was reported
            } finally {
                async.complete();
            }
        });
    }

    private static void answer(AsyncContext async, Throwable failure, String where) {
        try {
            ErrorResponses.write((HttpServletResponse) async.getResponse(), failure, where);
        } catch (IOException e) {
            // the client hung up; there is no one left to tell
        } finally {
            async.complete();
        }
    }

    /** A body that stalled past the idle timeout, or whose client left, is the client's failure, not ours. */
    private static Throwable unreadable(Throwable failure) {
        Throwable cause = ErrorResponses.unwrap(failure);
        if (cause instanceof PlatformException) {
            return cause;
        }
        return new PlatformException(REQUEST_TIMEOUT, LambdaErrors.INVALID_REQUEST_CONTENT,
                "The invocation payload did not arrive completely: " + cause, cause);
    }

    /**
     * A declared length the server would never read is refused at once. Smaller declared lengths
     * over the limit are read and dropped by {@link AsyncBody}, so the client sees the 413.
     */
    private static void rejectBeyondServerLimit(HttpServletRequest request, int limit) {
        if (request.getContentLengthLong() > HttpServers.MAX_REQUEST_BYTES) {
            throw PlatformException.tooLarge(limit);
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
