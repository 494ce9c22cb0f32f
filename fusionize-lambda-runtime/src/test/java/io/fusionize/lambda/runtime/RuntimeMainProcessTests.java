package io.fusionize.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.protocol.lambda.RuntimeApi;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs {@link RuntimeMain} as a real process, as the platform does. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class RuntimeMainProcessTests {

    private final FakeRuntimeApi api;

    RuntimeMainProcessTests() throws Exception {
        api = new FakeRuntimeApi("");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void servesAnEventInAChildProcess() throws Exception {
        Process process = start(TestHandlers.Echo.class.getName());
        try {
            api.enqueue("ping");
            FakeRuntimeApi.Post post = api.awaitPost();
            assertThat(post.path()).endsWith("/response");
            assertThat(post.body()).isEqualTo("child:time-left:ping");
        } finally {
            process.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void reportsAnInitErrorAndExits() throws Exception {
        Process process = start("com.example.DoesNotExist");

        FakeRuntimeApi.Post post = api.awaitPost();
        assertThat(post.path()).isEqualTo("/2018-06-01/runtime/init/error");
        assertThat(post.body()).contains("\"errorType\":\"Runtime.ClassNotFound\"")
                .contains("Class not found: com.example.DoesNotExist");
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
    }

    @Test
    void exitsWhenTheRuntimeApiIsGone() throws Exception {
        api.close();
        Process process = start(TestHandlers.Echo.class.getName());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(4);
    }

    private Process start(String handler) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", instanceClassPath(),
                RuntimeMain.class.getName()));
        builder.environment().put(RuntimeApi.ENV_RUNTIME_API, api.address());
        builder.environment().put(RuntimeApi.ENV_HANDLER, handler);
        builder.environment().put(RuntimeApi.ENV_FUNCTION_NAME, "child");
        builder.environment().put(RuntimeApi.ENV_LOG_MARKERS, "true");
        builder.redirectErrorStream(true).redirectOutput(new File("/dev/null"));
        return builder.start();
    }

    /** The test class path without the protocol, which a platform does not pack into an instance. */
    private static String instanceClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("fusionize-protocol"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
