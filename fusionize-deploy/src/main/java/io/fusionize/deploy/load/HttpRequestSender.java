package io.fusionize.deploy.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * A {@link RequestSender} that POSTs a JSON body to one URL; any 2xx answer is a success.
 *
 * <p>When a response header name is given, its value becomes the request's id.
 */
public final class HttpRequestSender implements RequestSender {

    private final HttpClient client;
    private final URI target;
    private final LongFunction<String> bodyForSequence;
    private final Duration timeout;
    private final Optional<String> idHeader;

    /**
     * @param target the URL to POST to
     * @param bodyForSequence the JSON body of request number n
     * @param timeout how long one request may take before it fails
     * @param idHeader the response header holding the request's id, if any
     */
    public HttpRequestSender(URI target, LongFunction<String> bodyForSequence, Duration timeout,
            Optional<String> idHeader) {
        this.target = Objects.requireNonNull(target, "target must not be null");
        this.bodyForSequence = Objects.requireNonNull(bodyForSequence, "bodyForSequence must not be null");
        this.timeout = Objects.requireNonNull(timeout, "timeout must not be null");
        this.idHeader = Objects.requireNonNull(idHeader, "idHeader must not be null");
        // HTTP/1.1 avoids an h2c upgrade round on plain-text connections.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    /**
     * @param target the URL to POST to
     * @param body the JSON body every request carries
     * @param timeout how long one request may take before it fails
     * @return a sender without an id header
     */
    public static HttpRequestSender posting(URI target, String body, Duration timeout) {
        Objects.requireNonNull(body, "body must not be null");
        return new HttpRequestSender(target, sequence -> body, timeout, Optional.empty());
    }

    @Override
    public SendResult send(long sequence) throws Exception {
        HttpResponse<String> response = client.send(request(sequence), HttpResponse.BodyHandlers.ofString());
        Optional<String> id = idHeader.flatMap(name -> response.headers().firstValue(name));
        if (response.statusCode() / 100 == 2) {
            return new SendResult(true, id, Optional.empty());
        }
        return new SendResult(false, id, Optional.of("HTTP " + response.statusCode()));
    }

    private HttpRequest request(long sequence) {
        return HttpRequest.newBuilder(target)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(bodyForSequence.apply(sequence)))
                .build();
    }
}
