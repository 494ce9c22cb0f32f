package io.fusionize.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.platform.support.PlatformFixture;
import io.fusionize.protocol.json.ProtocolJson;
import io.fusionize.protocol.lambda.LambdaApi;
import io.fusionize.protocol.lambda.LambdaErrorBody;
import io.fusionize.protocol.lambda.LambdaErrors;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A request no route serves is answered in Lambda's error shape too, like every other error. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class UnknownRouteTests {

    @RegisterExtension
    static final PlatformFixture fixture = new PlatformFixture();

    @Test
    void aPathNoRouteServesIsAnUnknownOperationInLambdasShape() throws Exception {
        HttpResponse<String> response = send("GET", "/2015-03-31/no-such-operation");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue(LambdaApi.HEADER_ERROR_TYPE))
                .hasValue(LambdaErrors.UNKNOWN_OPERATION);
        JsonNode body = ProtocolJson.mapper().readTree(response.body());
        assertThat(body.path("Type").asText()).isEqualTo(LambdaErrorBody.TYPE_USER);
        assertThat(body.path("message").asText()).isNotBlank();
    }

    @Test
    void aMethodNoRouteServesIsAnsweredInLambdasShape() throws Exception {
        HttpResponse<String> response = send("PATCH", LambdaApi.FUNCTIONS_PATH);

        assertThat(response.headers().firstValue(LambdaApi.HEADER_ERROR_TYPE)).isPresent();
        assertThat(ProtocolJson.mapper().readTree(response.body()).path("Type").asText())
                .isEqualTo(LambdaErrorBody.TYPE_USER);
    }

    private static HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(fixture.platform().uri() + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header(LambdaApi.HEADER_AUTHORIZATION, LambdaApi.BEARER_PREFIX + fixture.platform().token())
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
