package io.fusionize.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.protocol.lambda.LambdaErrors;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HandlerLoaderTests {

    private final HandlerLoader loader = new HandlerLoader(getClass().getClassLoader());

    @Test
    void missingClassIsAClassNotFoundInitError() {
        assertThatThrownBy(() -> loader.load(HandlerReference.parse("com.example.Missing")))
                .isInstanceOfSatisfying(HandlerInitException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(LambdaErrors.CLASS_NOT_FOUND);
                    assertThat(e).hasMessage("Class not found: com.example.Missing");
                });
    }

    @Test
    void constructorFailureReportsTheCause() {
        assertThatThrownBy(() -> loader.load(reference(TestHandlers.BrokenInit.class, null)))
                .isInstanceOfSatisfying(HandlerInitException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(IllegalArgumentException.class.getName());
                    assertThat(e).hasMessage("missing configuration");
                });
    }

    @Test
    void classThatIsNoHandlerIsRefused() {
        assertThatThrownBy(() -> loader.load(reference(TestHandlers.NotAHandler.class, null)))
                .isInstanceOfSatisfying(HandlerInitException.class,
                        e -> assertThat(e.errorType()).isEqualTo(LambdaErrors.INVALID_HANDLER))
                .hasMessageContaining("neither RequestStreamHandler nor RequestHandler");
    }

    @Test
    void requestHandlerIsBoundThroughJackson() throws Exception {
        InvocationHandler handler = loader.load(reference(TestHandlers.Greeter.class, null));
        assertThat(run(handler, "{\"name\":\"Ada\"}")).isEqualTo("{\"greeting\":\"hello Ada\"}");
    }

    @Test
    void streamMethodIsCalledByName() throws Exception {
        InvocationHandler handler = loader.load(reference(TestHandlers.Methods.class, "shout"));
        assertThat(run(handler, "quiet")).isEqualTo("QUIET");
    }

    @Test
    void staticPojoMethodIsCalledByName() throws Exception {
        InvocationHandler handler = loader.load(reference(TestHandlers.Methods.class, "length"));
        assertThat(run(handler, "\"four\"")).isEqualTo("4");
    }

    @Test
    void unknownMethodIsRefused() {
        assertThatThrownBy(() -> loader.load(reference(TestHandlers.Methods.class, "absent")))
                .isInstanceOf(HandlerInitException.class)
                .hasMessageContaining("No public method absent");
    }

    private static HandlerReference reference(Class<?> type, String method) {
        return new HandlerReference(type.getName(), method);
    }

    private static String run(InvocationHandler handler, String event) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handle(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        return out.toString(StandardCharsets.UTF_8);
    }
}
