package io.fusionize.reliability.support;

import io.fusionize.protocol.lambda.LambdaApi;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Calls a platform's Invoke API over HTTP and turns every outcome into an {@link Answer}: an HTTP
 * answer, or the reason there was none. It never throws for a network failure, so that a test
 * can count what happened to each call.
 */
public final class Invoker {

    private final URI platform;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** @param platform the platform's base URL */
    public Invoker(URI platform) {
        this.platform = platform;
    }

    /**
     * What became of one call.
     *
     * @param status the HTTP status, or -1 when no answer came
     * @param functionError the {@code X-Amz-Function-Error} header, or {@code null}
     * @param errorType the {@code x-amzn-ErrorType} header, or {@code null}
     * @param body the body, or the reason no answer came
     * @param millis how long the call took
     */
    public record Answer(int status, String functionError, String errorType, String body, long millis) {

        /** @return whether the platform answered at all */
        public boolean answered() {
            return status > 0;
        }

        /** @return whether the call succeeded without a function error */
        public boolean ok() {
            return status / 100 == 2 && functionError == null;
        }

        @Override
        public String toString() {
            String shown = body.length() > 300 ? body.substring(0, 300) + "…" : body;
            return "HTTP " + status + (functionError == null ? "" : " function error " + functionError)
                    + (errorType == null ? "" : " " + errorType) + " after " + millis + " ms: " + shown;
        }
    }

    /**
     * @param function the function, e.g. {@code echo} or {@code faults-Chain}
     * @param qualifier a version or alias, or {@code null}
     * @param body the event
     * @param timeout how long to wait for the answer
     * @return the answer of a synchronous invocation
     */
    public Answer sync(String function, String qualifier, String body, Duration timeout) {
        return call(function, qualifier, LambdaApi.INVOCATION_REQUEST_RESPONSE, body, timeout);
    }

    /**
     * @param function the function
     * @param body the event
     * @param timeout how long to wait for the answer
     * @return the answer of an asynchronous ({@code Event}) invocation; 202 means accepted
     */
    public Answer event(String function, String body, Duration timeout) {
        return call(function, null, LambdaApi.INVOCATION_EVENT, body, timeout);
    }

    /**
     * @param timeout how long to wait
     * @return whether {@code /health} answered 200 within the timeout
     */
    public Answer health(Duration timeout) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(platform.resolve("/health"))
                    .timeout(timeout).GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), null, null, response.body(), since(start));
        } catch (IOException e) {
            return new Answer(-1, null, null, e.toString(), since(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, null, null, "interrupted", since(start));
        }
    }

    private Answer call(String function, String qualifier, String type, String body, Duration timeout) {
        String path = LambdaApi.INVOKE_PATH_PREFIX + function + LambdaApi.INVOKE_PATH_SUFFIX
                + (qualifier == null ? "" : "?" + LambdaApi.QUERY_QUALIFIER + "=" + qualifier);
        HttpRequest request = HttpRequest.newBuilder(platform.resolve(path)).timeout(timeout)
                .header(LambdaApi.HEADER_INVOCATION_TYPE, type)
                .header(LambdaApi.HEADER_CONTENT_TYPE, LambdaApi.CONTENT_TYPE_JSON)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(),
                    response.headers().firstValue(LambdaApi.HEADER_FUNCTION_ERROR).orElse(null),
                    response.headers().firstValue(LambdaApi.HEADER_ERROR_TYPE).orElse(null), response.body(),
                    since(start));
        } catch (IOException e) {
            return new Answer(-1, null, null, e.toString(), since(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, null, null, "interrupted", since(start));
        }
    }

    private static long since(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
