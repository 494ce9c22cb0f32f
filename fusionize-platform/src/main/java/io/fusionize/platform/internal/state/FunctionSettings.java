package io.fusionize.platform.internal.state;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.fusionize.platform.PlatformException;
import io.fusionize.protocol.lambda.LambdaLimits;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The configuration of one function version.
 *
 * @param runtime the runtime, e.g. {@code java17}
 * @param handler {@code pkg.Class} or {@code pkg.Class::method}
 * @param memoryMb memory size, 128 to 10240 MB
 * @param timeoutSeconds timeout, 1 to 900 s
 * @param environment environment variables
 * @param description free text, never {@code null}
 */
public record FunctionSettings(String runtime, String handler, int memoryMb, int timeoutSeconds,
        Map<String, String> environment, String description) {

    /** Runtime used when none is given. */
    public static final String DEFAULT_RUNTIME = "java17";
    /** Memory size used when none is given, as on Lambda. */
    public static final int DEFAULT_MEMORY_MB = 128;
    /** Timeout used when none is given, as on Lambda. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 3;

    /**
     * Checks every value.
     *
     * @throws PlatformException an {@code InvalidParameterValueException} naming the bad value
     */
    public FunctionSettings {
        if (runtime == null || !runtime.startsWith("java")) {
            throw PlatformException.invalidParameter("Runtime must be a Java runtime such as java17, not " + runtime);
        }
        if (handler == null || handler.isBlank()) {
            throw PlatformException.invalidParameter("Handler must name a class, e.g. com.example.Handler");
        }
        if (memoryMb < LambdaLimits.MIN_MEMORY_MB || memoryMb > LambdaLimits.MAX_MEMORY_MB) {
            throw PlatformException.invalidParameter("MemorySize must be between " + LambdaLimits.MIN_MEMORY_MB
                    + " and " + LambdaLimits.MAX_MEMORY_MB + " MB, not " + memoryMb);
        }
        if (timeoutSeconds < 1 || timeoutSeconds > LambdaLimits.MAX_TIMEOUT_SECONDS) {
            throw PlatformException.invalidParameter("Timeout must be between 1 and "
                    + LambdaLimits.MAX_TIMEOUT_SECONDS + " seconds, not " + timeoutSeconds);
        }
        environment = Map.copyOf(environment == null ? Map.of() : environment);
        description = Objects.requireNonNullElse(description, "");
    }

    /** @return the environment in name order, for stable output */
    @JsonIgnore
    public Map<String, String> sortedEnvironment() {
        return new TreeMap<>(environment);
    }
}
