package io.fusionize.core.handler;

import static io.fusionize.protocol.lambda.LambdaApi.BEARER_PREFIX;
import static io.fusionize.protocol.lambda.LambdaApi.CONTENT_TYPE_JSON;
import static io.fusionize.protocol.lambda.LambdaApi.HEADER_AUTHORIZATION;
import static io.fusionize.protocol.lambda.LambdaApi.HEADER_CONTENT_TYPE;
import static io.fusionize.protocol.lambda.LambdaApi.HEADER_ERROR_TYPE;
import static io.fusionize.protocol.lambda.LambdaApi.HEADER_FUNCTION_ERROR;
import static io.fusionize.protocol.lambda.LambdaApi.HEADER_INVOCATION_TYPE;

import io.fusionize.core.retry.Backoff;
import io.fusionize.core.runtime.InvocationFailedException;
import io.fusionize.core.runtime.RemoteInvoker;
import io.fusionize.core.wire.WireCodec;
import io.fusionize.protocol.lambda.FunctionErrorBody;
import io.fusionize.protocol.lambda.LambdaApi;
import io.fusionize.protocol.lambda.LambdaErrors;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * A {@link RemoteInvoker} speaking the AWS Lambda Invoke API over HTTP, as served by the local
 * platform: {@code POST {base}/2015-03-31/functions/{name}/invocations?Qualifier={alias}}.
 *
 * <p>Throttled requests (429) are retried a few times with a short, growing backoff. The HTTP
 * client is created on the first remote call, so functions that never call out never pay for it.
 */
public final class LambdaInvokeApiInvoker implements RemoteInvoker {

    static final int MAX_ATTEMPTS = 5;
    /** Throttled calls wait 20, 40, 80, 160 ms (less their jitter) before trying again. */
    private static final Backoff THROTTLE_BACKOFF = Backoff.doubling(Duration.ofMillis(20));
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final int STATUS_THROTTLED = 429;

    private final URI baseUrl;
    private final String bearerToken;
    private volatile HttpClient client;

    /**
     * @param baseUrl the Invoke API's base URL, e.g. {@code http://127.0.0.1:9000}
     * @param bearerToken a token sent as {@code Authorization: Bearer …}, or {@code null} for none
     */
    public LambdaInvokeApiInvoker(URI baseUrl, String bearerToken) {
        Objects.requireNonNull(baseUrl, "baseUrl must not be null");
        String text = baseUrl.toString();
        this.baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        this.bearerToken = bearerToken == null || bearerToken.isBlank() ? null : bearerToken;
    }

    @Override
    public byte[] invokeSync(String functionName, String qualifier, byte[] event) {
        HttpResponse<byte[]> response = send(functionName, qualifier, event, LambdaApi.INVOCATION_REQUEST_RESPONSE);
        response.headers().firstValue(HEADER_FUNCTION_ERROR).ifPresent(kind -> {
            FunctionErrorBody error = WireCodec.decodeFunctionError(response.body(), kind);
            throw new InvocationFailedException(error.errorType(), error.errorMessage());
        });
        return response.body();
    }

    @Override
    public void invokeAsync(String functionName, String qualifier, byte[] event) {
        send(functionName, qualifier, event, LambdaApi.INVOCATION_EVENT);
    }

    private HttpResponse<byte[]> send(String functionName, String qualifier, byte[] event, String invocationType) {
        HttpRequest request = request(functionName, qualifier, event, invocationType);
        for (int attempt = 1; ; attempt++) {
            HttpResponse<byte[]> response = exchange(request);
            if (response.statusCode() / 100 == 2) {
                return response;
            }
            if (response.statusCode() != STATUS_THROTTLED || attempt == MAX_ATTEMPTS) {
                throw rejected(functionName, response);
            }
            backOff(attempt);
        }
    }

    private HttpRequest request(String functionName, String qualifier, byte[] event, String invocationType) {
        URI uri = URI.create(baseUrl + LambdaApi.INVOKE_PATH_PREFIX + encode(functionName)
                + LambdaApi.INVOKE_PATH_SUFFIX + "?" + LambdaApi.QUERY_QUALIFIER + "=" + encode(qualifier));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .header(HEADER_INVOCATION_TYPE, invocationType)
                .header(HEADER_CONTENT_TYPE, CONTENT_TYPE_JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(event));
        if (bearerToken != null) {
            builder.header(HEADER_AUTHORIZATION, BEARER_PREFIX + bearerToken);
        }
        return builder.build();
    }

    private HttpResponse<byte[]> exchange(HttpRequest request) {
        try {
            return client().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new InvocationFailedException(e.getClass().getName(),
                    "cannot reach the Invoke API at " + baseUrl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvocationFailedException(e.getClass().getName(), "interrupted while invoking " + request.uri(), e);
        }
    }

    private HttpClient client() {
        HttpClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    // HTTP/1.1 keeps connections alive without an h2c upgrade the platform may not speak
                    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(CONNECT_TIMEOUT).build();
                }
                current = client;
            }
        }
        return current;
    }

    private static InvocationFailedException rejected(String functionName, HttpResponse<byte[]> response) {
        String errorType = response.headers().firstValue(HEADER_ERROR_TYPE)
                .map(value -> value.split(":", 2)[0]).orElseGet(() -> errorTypeOf(response.statusCode()));
        String body = new String(response.body(), StandardCharsets.UTF_8);
        return new InvocationFailedException(errorType, "invoking " + functionName + " answered "
                + response.statusCode() + (body.isBlank() ? "" : ": " + body.strip()));
    }

    private static String errorTypeOf(int status) {
        return switch (status) {
            case 400 -> LambdaErrors.INVALID_REQUEST_CONTENT;
            case 404 -> LambdaErrors.RESOURCE_NOT_FOUND;
            case 413 -> LambdaErrors.REQUEST_TOO_LARGE;
            case STATUS_THROTTLED -> LambdaErrors.TOO_MANY_REQUESTS;
            default -> LambdaErrors.SERVICE;
        };
    }

    private static void backOff(int attempt) {
        try {
            THROTTLE_BACKOFF.sleepBefore(attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvocationFailedException(LambdaErrors.TOO_MANY_REQUESTS,
                    "interrupted while backing off from a throttled invocation", e);
        }
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }
}
