package io.fusionize.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FunctionEnvironmentTests {

    @Test
    void readsTheReservedVariables() {
        FunctionEnvironment env = FunctionEnvironment.from(Map.of(
                "AWS_LAMBDA_RUNTIME_API", "127.0.0.1:9001",
                "_HANDLER", "a.B",
                "AWS_LAMBDA_FUNCTION_NAME", "app-I",
                "AWS_LAMBDA_FUNCTION_VERSION", "3",
                "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512"));
        assertThat(env.functionName()).isEqualTo("app-I");
        assertThat(env.functionVersion()).isEqualTo("3");
        assertThat(env.memoryMb()).isEqualTo(512);
        assertThat(env.logGroupName()).isEqualTo("/aws/lambda/app-I");
        assertThat(env.logMarkers()).isFalse();
    }

    @Test
    void refusesAMissingRuntimeApi() {
        assertThatThrownBy(() -> FunctionEnvironment.from(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AWS_LAMBDA_RUNTIME_API must be set");
    }

    @Test
    void refusesANonNumericMemorySize() {
        assertThatThrownBy(() -> FunctionEnvironment.from(Map.of(
                "AWS_LAMBDA_RUNTIME_API", "127.0.0.1:1", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "lots")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'lots'");
    }
}
