package io.fusionize.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.fusionize.protocol.lambda.RuntimeApi;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class InvocationLoopTests {

    private final FakeRuntimeApi api;
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

    InvocationLoopTests() throws Exception {
        api = new FakeRuntimeApi("/i/abc");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void postsTheHandlersResultUnderTheApiPrefix() throws Exception {
        api.enqueue("{\"n\":1}");
        loop(new TestHandlers.Echo(), false).runOnce();

        FakeRuntimeApi.Post post = api.awaitPost();
        assertThat(post.path()).matches("/i/abc/2018-06-01/runtime/invocation/req-\\d+/response");
        assertThat(post.body()).isEqualTo("fn:time-left:{\"n\":1}");
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("echoing {\"n\":1}");
    }

    @Test
    void postsHandlerFailuresAsLambdaErrors() throws Exception {
        api.enqueue("{}");
        loop(new TestHandlers.Failing(), false).runOnce();

        FakeRuntimeApi.Post post = api.awaitPost();
        assertThat(post.path()).endsWith("/error");
        assertThat(post.body()).startsWith(
                "{\"errorMessage\":\"bad \\\"input\\\"\\n\",\"errorType\":\"java.lang.IllegalStateException\"");
        assertThat(post.headers()).containsEntry("lambda-runtime-function-error-type",
                "java.lang.IllegalStateException");
    }

    @Test
    void servesInvocationsOneAfterAnotherOnOneLoop() throws Exception {
        InvocationLoop loop = loop(new TestHandlers.Echo(), false);
        api.enqueue("first");
        api.enqueue("second");
        loop.runOnce();
        loop.runOnce();

        assertThat(api.awaitPost().body()).endsWith("first");
        assertThat(api.awaitPost().body()).endsWith("second");
    }

    @Test
    void printsTheEndMarkerWhenAsked() throws Exception {
        api.enqueue("{}");
        loop(new TestHandlers.Echo(), true).runOnce();

        api.awaitPost();
        assertThat(stdout.toString(StandardCharsets.UTF_8).lines())
                .last().asString().matches("\u001eFUSIONIZE_END req-\\d+");
    }

    private InvocationLoop loop(RequestStreamHandler handler, boolean markers) {
        FunctionEnvironment environment = FunctionEnvironment.from(Map.of(
                RuntimeApi.ENV_RUNTIME_API, api.address() + "/i/abc",
                RuntimeApi.ENV_FUNCTION_NAME, "fn",
                RuntimeApi.ENV_LOG_MARKERS, Boolean.toString(markers)));
        return new InvocationLoop(new RuntimeApiClient(environment.runtimeApi()), handler::handleRequest, environment,
                new PrintStream(stdout, true, StandardCharsets.UTF_8));
    }
}
