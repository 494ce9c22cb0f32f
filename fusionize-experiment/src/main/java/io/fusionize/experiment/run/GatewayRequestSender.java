package io.fusionize.experiment.run;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fusionize.protocol.json.ProtocolJson;

import io.fusionize.deploy.gateway.Gateway;
import io.fusionize.deploy.load.RequestSender;
import io.fusionize.deploy.load.SendResult;

/**
 * Sends root requests to a gateway entry as {@code {"seed": N}}, N being the request's sequence
 * number, so that every setup of an experiment sees the same sequence of inputs.
 *
 * <p>A request's id is the platform request id of its root invocation. A failed request's cause
 * names the HTTP status and the gateway's error type and message, e.g.
 * {@code HTTP 502 TaskFailed: task CW failed with ...}.
 */
public final class GatewayRequestSender implements RequestSender {

    private static final ObjectMapper JSON = ProtocolJson.mapper();
    private static final int MAX_CAUSE = 200;

    private final HttpClient client;
    private final URI target;
    private final Duration timeout;

    /**
     * @param target the entry's URL, {@code GATEWAY/apps/APP/ENTRY}
     * @param timeout how long one request may take before it fails
     */
    public GatewayRequestSender(URI target, Duration timeout) {
        this.target = Objects.requireNonNull(target, "target must not be null");
        this.timeout = Objects.requireNonNull(timeout, "timeout must not be null");
        // HTTP/1.1 avoids an h2c upgrade round on plain-text connections.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    /**
     * @param sequence a request's position in the schedule
     * @return the JSON body that request carries
     */
    public static String body(long sequence) {
        return "{\"seed\":" + sequence + "}";
    }

    @Override
    public SendResult send(long sequence) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(target).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(sequence))).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        Optional<String> id = response.headers().firstValue(Gateway.HEADER_REQUEST_ID);
        if (response.statusCode() / 100 == 2) {
            return new SendResult(true, id, Optional.empty());
        }
        return new SendResult(false, id, Optional.of(cause(response.statusCode(), response.body())));
    }

    /**
     * @param status the HTTP status of a failed request
     * @param body the gateway's answer
     * @return a short cause: the status, with the error type and message when the body names them
     */
    static String cause(int status, String body) {
        String prefix = "HTTP " + status;
        try {
            JsonNode error = JSON.readTree(body).path("error");
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
