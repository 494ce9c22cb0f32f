package io.fusionize.lambda.runtime;

import io.fusionize.protocol.lambda.RuntimeApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A blocking client of the Lambda Runtime API.
 *
 * <p>It uses {@link HttpURLConnection}, whose keep-alive cache reuses one connection, because it
 * loads far fewer classes than {@code java.net.http} and so keeps cold starts short.
 */
public final class RuntimeApiClient {

    private static final String CONTENT_TYPE = "Content-Type";
    private static final String JSON = "application/json";
    private static final String OCTETS = "application/octet-stream";

    private final String baseUrl;

    /**
     * @param runtimeApi {@code host:port} of the Runtime API, optionally followed by a path prefix
     *     such as {@code 127.0.0.1:9001/i/abc}
     */
    public RuntimeApiClient(String runtimeApi) {
        Objects.requireNonNull(runtimeApi, "runtimeApi must not be null");
        String trimmed = runtimeApi.endsWith("/") ? runtimeApi.substring(0, runtimeApi.length() - 1) : runtimeApi;
        this.baseUrl = "http://" + trimmed + RuntimeApi.API_VERSION;
    }

    /**
     * Blocks until the platform hands out the next event.
     *
     * @return the event
     * @throws IOException if the Runtime API cannot be reached or answers with an error
     */
    public NextInvocation next() throws IOException {
        HttpURLConnection connection = open(RuntimeApi.NEXT_INVOCATION_PATH);
        connection.setReadTimeout(0);
        int status = connection.getResponseCode();
        if (status != HttpURLConnection.HTTP_OK) {
            drain(connection, status);
            throw new IOException("Runtime API answered " + status + " to " + RuntimeApi.NEXT_INVOCATION_PATH);
        }
        byte[] payload;
        try (InputStream in = connection.getInputStream()) {
            payload = in.readAllBytes();
        }
        return new NextInvocation(connection.getHeaderField(RuntimeApi.HEADER_REQUEST_ID),
                deadline(connection.getHeaderField(RuntimeApi.HEADER_DEADLINE_MS)),
                connection.getHeaderField(RuntimeApi.HEADER_INVOKED_FUNCTION_ARN),
                connection.getHeaderField(RuntimeApi.HEADER_TRACE_ID),
                connection.getHeaderField(RuntimeApi.HEADER_CLIENT_CONTEXT),
                connection.getHeaderField(RuntimeApi.HEADER_COGNITO_IDENTITY), payload);
    }

    /**
     * Sends an invocation's result.
     *
     * @param requestId the invocation's request id
     * @param body the result body
     * @return the HTTP status the platform answered with (202 when accepted)
     * @throws IOException if the Runtime API cannot be reached
     */
    public int postResponse(String requestId, byte[] body) throws IOException {
        return post(invocationPath(requestId, RuntimeApi.RESPONSE_SUFFIX), body, OCTETS, null);
    }

    /**
     * Sends an invocation's error.
     *
     * @param requestId the invocation's request id
     * @param error the error
     * @return the HTTP status the platform answered with (202 when accepted)
     * @throws IOException if the Runtime API cannot be reached
     */
    public int postError(String requestId, ErrorReport error) throws IOException {
        return post(invocationPath(requestId, RuntimeApi.ERROR_SUFFIX), utf8(error.toJson()), JSON,
                error.errorType());
    }

    /**
     * Reports that initialization failed; the process should exit afterwards.
     *
     * @param error the error
     * @return the HTTP status the platform answered with (202 when accepted)
     * @throws IOException if the Runtime API cannot be reached
     */
    public int postInitError(ErrorReport error) throws IOException {
        return post(RuntimeApi.INIT_ERROR_PATH, utf8(error.toJson()), JSON, error.errorType());
    }

    private static String invocationPath(String requestId, String suffix) {
        return RuntimeApi.INVOCATION_PATH_PREFIX + requestId + suffix;
    }

    private int post(String path, byte[] body, String contentType, String errorType) throws IOException {
        HttpURLConnection connection = open(path);
        connection.setRequestMethod("POST");
        // no streaming mode: for a streaming POST the JDK first probes a reused connection with a
        // 1 ms read timeout, which would add a millisecond to every invocation
        connection.setDoOutput(true);
        connection.setRequestProperty(CONTENT_TYPE, contentType);
        if (errorType != null) {
            connection.setRequestProperty(RuntimeApi.HEADER_FUNCTION_ERROR_TYPE, errorType);
        }
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body);
        }
        int status = connection.getResponseCode();
        drain(connection, status);
        return status;
    }

    private HttpURLConnection open(String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(baseUrl + path).openConnection(Proxy.NO_PROXY);
        connection.setUseCaches(false);
        return connection;
    }

    /** Reads the body to its end so the keep-alive cache can reuse the connection. */
    private static void drain(HttpURLConnection connection, int status) throws IOException {
        InputStream in = status >= HttpURLConnection.HTTP_BAD_REQUEST
                ? connection.getErrorStream() : connection.getInputStream();
        if (in != null) {
            try (in) {
                in.readAllBytes();
            }
        }
    }

    private static long deadline(String header) {
        if (header == null) {
            return Long.MAX_VALUE;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
