package io.fusionize.deploy.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.api.Request;
import io.fusionize.deploy.gateway.Gateway;
import io.fusionize.protocol.json.ProtocolJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

/**
 * Sends request number {@code n} of a load to a gateway: POSTs its JSON to
 * {@code GATEWAY/apps/APP/ENTRY} for that request's entry. Any 2xx answer is a success.
 *
 * <p>A request's id is the gateway's {@value Gateway#HEADER_REQUEST_ID} header, the platform
 * request id of its root invocation. A failed request's cause names the HTTP status and the
 * gateway's error type and message, e.g. {@code HTTP 502 TaskFailed: task CW failed with ...}.
 */
public final class GatewayRequestSender implements RequestSender {

    private static final int MAX_CAUSE = 200;

    private final HttpClient client;
    private final URI gateway;
    private final String application;
    private final LongFunction<Request> requests;
    private final Duration timeout;
    private final Map<String, URI> entryUris = new ConcurrentHashMap<>();

    /**
     * @param gateway the gateway's base URL
     * @param application the application's name
     * @param requests the request of each number
     * @param timeout how long one request may take before it fails
     */
    public GatewayRequestSender(URI gateway, String application, LongFunction<Request> requests, Duration timeout) {
        this.gateway = Objects.requireNonNull(gateway, "gateway must not be null");
        this.application = Objects.requireNonNull(application, "application must not be null");
        this.requests = Objects.requireNonNull(requests, "requests must not be null");
        this.timeout = Objects.requireNonNull(timeout, "timeout must not be null");
        // HTTP/1.1 avoids an h2c upgrade round on plain-text connections.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    /**
     * @param gateway the gateway's base URL
     * @param application the application's name
     * @param requests the load's requests; number {@code n} is drawn for request {@code n}
     * @param timeout how long one request may take before it fails
     * @return a sender of those requests
     */
    public static GatewayRequestSender of(URI gateway, String application, LoadRequests requests, Duration timeout) {
        Objects.requireNonNull(requests, "requests must not be null");
        return new GatewayRequestSender(gateway, application, requests::draw, timeout);
    }

    @Override
    public SendResult send(long sequence) throws Exception {
        Request request = requests.apply(sequence);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(entryUri(request.entry()))
                .timeout(timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request.json())).build(),
                HttpResponse.BodyHandlers.ofString());
        Optional<String> id = response.headers().firstValue(Gateway.HEADER_REQUEST_ID);
        if (response.statusCode() / 100 == 2) {
            return new SendResult(true, id, Optional.empty());
        }
        return new SendResult(false, id, Optional.of(cause(response.statusCode(), response.body())));
    }

    /**
     * @param entry an entry task
     * @return its URL at the gateway
     */
    public URI entryUri(String entry) {
        return entryUris.computeIfAbsent(entry, name -> gateway.resolve("/apps/" + application + "/" + name));
    }

    /**
     * @param status the HTTP status of a failed request
     * @param body the gateway's answer
     * @return a short cause: the status, with the error type and message when the body names them
     */
    static String cause(int status, String body) {
        String prefix = "HTTP " + status;
        try {
            JsonNode error = ProtocolJson.mapper().readTree(body).path("error");
            if (!error.isObject()) {
                return prefix;
            }
            String text = prefix + " " + error.path("type").asText("?") + ": " + error.path("message").asText("");
            return text.length() > MAX_CAUSE ? text.substring(0, MAX_CAUSE) + "..." : text;
        } catch (Exception notJson) {
            return prefix; // the status alone still counts the failure
        }
    }
}
