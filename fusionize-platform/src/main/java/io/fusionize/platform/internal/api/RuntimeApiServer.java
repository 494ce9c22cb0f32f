package io.fusionize.platform.internal.api;

import io.fusionize.platform.PlatformException;
import io.fusionize.platform.internal.instance.Invocation;
import io.fusionize.platform.internal.instance.RuntimeEndpoints;
import io.fusionize.protocol.json.ProtocolJson;
import io.fusionize.protocol.lambda.FunctionErrorBody;
import io.fusionize.protocol.lambda.LambdaApi;
import io.fusionize.protocol.lambda.LambdaErrors;
import io.fusionize.protocol.lambda.RuntimeApi;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The Lambda Runtime API served to instances on loopback, each under its own prefix
 * {@code /i/INSTANCE}, so that the platform knows which instance calls without extra headers.
 *
 * <p>Every invocation crosses it twice, so it is a bare Jetty handler: no routing framework, no
 * servlet filters, just the four endpoints.
 */
public final class RuntimeApiServer implements AutoCloseable {

    /** A long-poll for the next event may stay silent for as long as the instance is idle. */
    private static final Duration IDLE_TIMEOUT = Duration.ofDays(1);
    private static final String LOOPBACK = "127.0.0.1";
    private static final byte[] ACCEPTED = "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8);

    private final Server server;
    private final ServerConnector connector;
    private final RuntimeEndpoints endpoints;

    /** @param endpoints the instances' side of the API */
    public RuntimeApiServer(RuntimeEndpoints endpoints) {
        this.endpoints = endpoints;
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("fz-runtime-api");
        threads.setDaemon(true);
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(LOOPBACK);
        connector.setPort(0);
        connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        server.addConnector(connector);
        server.setHandler(new Handler());
    }

    /** Starts listening on an ephemeral loopback port. */
    public void start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the Runtime API server: " + e.getMessage(), e);
        }
    }

    /**
     * @param instanceId an instance's id
     * @return {@code 127.0.0.1:PORT/i/INSTANCE}, the instance's {@code AWS_LAMBDA_RUNTIME_API}
     */
    public String endpointOf(String instanceId) {
        return LOOPBACK + ":" + connector.getLocalPort() + RuntimeApiPath.INSTANCE_PREFIX + instanceId;
    }

    /** Stops listening. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the Runtime API server", e);
        }
    }

    /** Dispatches the four Runtime API endpoints. */
    private final class Handler extends AbstractHandler {

        @Override
        public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            base.setHandled(true);
            try {
                RuntimeApiPath path = RuntimeApiPath.parse(target);
                switch (path.endpoint()) {
                    case NEXT -> next(path, request);
                    case RESPONSE -> {
                        endpoints.response(path.instanceId(), path.requestId(), body(request));
                        write(response, 202, ACCEPTED);
                    }
                    case ERROR -> {
                        endpoints.error(path.instanceId(), path.requestId(), body(request), errorType(request));
                        write(response, 202, ACCEPTED);
                    }
                    case INIT_ERROR -> {
                        endpoints.initError(path.instanceId(), body(request), errorType(request));
                        write(response, 202, ACCEPTED);
                    }
                }
            } catch (RuntimeException e) {
                writeError(response, e);
            }
        }

        private void next(RuntimeApiPath path, HttpServletRequest request) {
            // an unknown instance is refused right here, before the request goes asynchronous
            CompletableFuture<Invocation> next = endpoints.next(path.instanceId());
            AsyncContext async = request.startAsync();
            // the long-poll has no deadline: an idle instance waits as long as it lives
            async.setTimeout(0);
            next.whenComplete((invocation, failure) -> {
                HttpServletResponse response = (HttpServletResponse) async.getResponse();
                try {
                    if (failure != null) {
                        writeError(response, ErrorResponses.unwrap(failure));
                    } else {
                        writeEvent(response, invocation);
                    }
                } catch (IOException e) {
                    // the instance hung up; its exit is handled elsewhere
                } finally {
                    async.complete();
                }
            });
        }
    }

    private static void writeEvent(HttpServletResponse response, Invocation invocation) throws IOException {
        long deadline = invocation.startEpochMs() + invocation.version().settings().timeoutSeconds() * 1000L;
        response.setHeader(RuntimeApi.HEADER_REQUEST_ID, invocation.requestId());
        response.setHeader(RuntimeApi.HEADER_DEADLINE_MS, Long.toString(deadline));
        response.setHeader(RuntimeApi.HEADER_INVOKED_FUNCTION_ARN, invocation.invokedArn());
        if (invocation.clientContext() != null) {
            response.setHeader(RuntimeApi.HEADER_CLIENT_CONTEXT, invocation.clientContext());
        }
        write(response, 200, invocation.payload());
    }

    private static byte[] body(HttpServletRequest request) {
        try {
            return request.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the runtime's request body", e);
        }
    }

    private static String errorType(HttpServletRequest request) {
        return request.getHeader(RuntimeApi.HEADER_FUNCTION_ERROR_TYPE);
    }

    private static void write(HttpServletResponse response, int status, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(LambdaApi.CONTENT_TYPE_JSON);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The Runtime API's own error shape: {@code {"errorMessage","errorType"}}. */
    private static void writeError(HttpServletResponse response, Throwable failure) throws IOException {
        int status = failure instanceof PlatformException platform ? platform.httpStatus() : 500;
        String type = failure instanceof PlatformException platform ? platform.errorType() : LambdaErrors.SERVICE;
        write(response, status, ProtocolJson.omittingNulls().writeValueAsBytes(
                new FunctionErrorBody(type, String.valueOf(failure.getMessage()))));
    }
}
