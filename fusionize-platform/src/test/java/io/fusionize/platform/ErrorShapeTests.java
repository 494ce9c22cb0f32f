package io.fusionize.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.platform.support.PlatformFixture;
import io.fusionize.platform.support.SdkClients;
import io.fusionize.protocol.json.ProtocolJson;
import io.fusionize.protocol.lambda.LambdaApi;
import io.fusionize.protocol.lambda.LambdaErrorBody;
import io.fusionize.protocol.lambda.LambdaErrors;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.LambdaException;

/**
 * Every error, whichever route or layer answers it, comes in Lambda's JSON error shape with
 * {@code x-amzn-ErrorType}, so the AWS SDK shows an error code and a message.
 */
@Timeout(120)
class ErrorShapeTests {

    @RegisterExtension
    static final PlatformFixture fixture = new PlatformFixture();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static LambdaClient lambda;

    @BeforeAll
    static void client() {
        lambda = SdkClients.lambda(fixture.platform(), fixture.platform().token());
    }

    @AfterAll
    static void closeClient() {
        lambda.close();
    }

    @Test
    void getAccountSettingsIsRefusedWithACodeAndAMessage() {
        assertSdkShowsCodeAndMessage(() -> lambda.getAccountSettings(b -> { }), "account-settings");
    }

    @Test
    void tagResourceIsRefusedWithACodeAndAMessage() {
        assertSdkShowsCodeAndMessage(() -> lambda.tagResource(b -> b
                .resource("arn:aws:lambda:us-east-1:000000000000:function:f").tags(Map.of("k", "v"))), "tags");
    }

    @Test
    void getPolicyIsRefusedWithACodeAndAMessage() {
        assertSdkShowsCodeAndMessage(() -> lambda.getPolicy(b -> b.functionName("f")), "policy");
    }

    // Just over the 8 KB header limit, so the whole request is written before the server answers.
    @Test
    void headersOverTheLimitAreAnsweredInLambdasShape() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(fixture.platform().uri() + LambdaApi.FUNCTIONS_PATH))
                .timeout(Duration.ofSeconds(30)).header("X-Padding", "p".repeat(12 * 1024)).GET().build();

        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(431);
        assertLambdaShape(response);
    }

    @Test
    void aRequestLineTheServerCannotParseIsAnsweredInLambdasShape() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), fixture.platform().uri().getPort())) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write("GET /%ZZ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase(LambdaApi.HEADER_ERROR_TYPE + ": ")
                    .containsIgnoringCase(LambdaApi.HEADER_CONTENT_TYPE + ": " + LambdaApi.CONTENT_TYPE_JSON);
            JsonNode body = ProtocolJson.mapper().readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertThat(body.path("Type").asText()).isEqualTo(LambdaErrorBody.TYPE_USER);
            assertThat(body.path("message").asText()).isNotBlank();
        }
    }

    private static void assertSdkShowsCodeAndMessage(ThrowingCallable call, String path) {
        assertThatThrownBy(call).isInstanceOfSatisfying(LambdaException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(404);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(LambdaErrors.UNKNOWN_OPERATION);
            assertThat(e.awsErrorDetails().errorMessage()).isNotBlank().contains(path);
        });
    }

    private static void assertLambdaShape(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue(LambdaApi.HEADER_ERROR_TYPE)).isPresent();
        assertThat(response.headers().firstValue(LambdaApi.HEADER_CONTENT_TYPE)).hasValueSatisfying(
                type -> assertThat(type).startsWith(LambdaApi.CONTENT_TYPE_JSON));
        JsonNode body = ProtocolJson.mapper().readTree(response.body());
        assertThat(body.path("Type").asText()).isEqualTo(LambdaErrorBody.TYPE_USER);
        assertThat(body.path("message").asText()).isNotBlank();
    }
}
