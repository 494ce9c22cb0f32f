package io.fusionize.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.platform.internal.dto.CreateAliasRequest;
import io.fusionize.platform.internal.dto.PublishVersionRequest;
import io.fusionize.platform.support.PlatformFixture;
import io.fusionize.protocol.lambda.LambdaApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Invoke API takes the body as bytes whatever its Content-Type says, as Lambda does: what
 * {@code curl -d} sends as a form reaches the function byte for byte.
 */
@Timeout(120)
class InvokeBodyTests {

    @RegisterExtension
    static final PlatformFixture fixture = new PlatformFixture();
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void createFunction() {
        fixture.create("form-echo", 256, 30);
        fixture.platform().functions().publishVersion("form-echo", new PublishVersionRequest(null, null, null));
        fixture.platform().aliases().create("form-echo", new CreateAliasRequest("live", "1", null));
    }

    @Test
    void aFormTypedBodyReachesTheFunctionByteForByte() throws Exception {
        String event = "{\"x\":1,\"text\":\"a=b&c=d+e%20f\"}";

        HttpResponse<String> response = invoke("form-echo", FORM, event);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(event);
    }

    @Test
    void aFormTypedBodyOfThreeHundredKilobytesWorks() throws Exception {
        String event = "{\"action\":\"echo\",\"pad\":\"" + "a=b&".repeat(75 * 1024) + "\"}";

        HttpResponse<String> response = invoke("form-echo", FORM, event);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(event);
    }

    @Test
    void theQualifierComesFromTheQueryStringBesideAFormTypedBody() throws Exception {
        String event = "{\"Qualifier\":\"no\"}";

        HttpResponse<String> response = invoke("form-echo?" + LambdaApi.QUERY_QUALIFIER + "=live", FORM, event);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue(LambdaApi.HEADER_EXECUTED_VERSION)).hasValue("1");
        assertThat(response.body()).isEqualTo(event);
    }

    @Test
    void anEncodedQualifierIsDecoded() throws Exception {
        HttpResponse<String> response = invoke("form-echo?" + LambdaApi.QUERY_QUALIFIER + "=%24LATEST", FORM, "{}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue(LambdaApi.HEADER_EXECUTED_VERSION)).hasValue(LambdaApi.LATEST);
    }

    private static HttpResponse<String> invoke(String functionAndQuery, String contentType, String body)
            throws Exception {
        String path = LambdaApi.INVOKE_PATH_PREFIX + functionAndQuery.replaceFirst("(\\?|$)",
                LambdaApi.INVOKE_PATH_SUFFIX + "$1");
        HttpRequest request = HttpRequest.newBuilder(URI.create(fixture.platform().uri() + path))
                .timeout(Duration.ofSeconds(60)).header(LambdaApi.HEADER_CONTENT_TYPE, contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
