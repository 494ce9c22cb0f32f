package io.fusionize.lambda.runtime;

import io.fusionize.protocol.lambda.RuntimeApi;
import java.util.Objects;

/**
 * A parsed {@code _HANDLER} value: {@code pkg.Class} or {@code pkg.Class::method}.
 *
 * @param className the fully qualified handler class
 * @param methodName the method to call, or {@code null} for the interface method
 */
public record HandlerReference(String className, String methodName) {

    private static final String METHOD_SEPARATOR = "::";

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the class name is blank or the method name is empty
     */
    public HandlerReference {
        Objects.requireNonNull(className, "className must not be null");
        if (className.isBlank()) {
            throw new IllegalArgumentException("handler class name must not be blank");
        }
        if (methodName != null && methodName.isBlank()) {
            throw new IllegalArgumentException("handler method name must not be blank");
        }
    }

    /**
     * Parses a {@code _HANDLER} value.
     *
     * @param handler {@code pkg.Class} or {@code pkg.Class::method}
     * @return the parsed reference
     * @throws IllegalArgumentException if the value is missing or malformed
     */
    public static HandlerReference parse(String handler) {
        if (handler == null || handler.isBlank()) {
            throw new IllegalArgumentException(
                    RuntimeApi.ENV_HANDLER + " must name a handler class, e.g. com.example.Handler");
        }
        String trimmed = handler.trim();
        int separator = trimmed.indexOf(METHOD_SEPARATOR);
        if (separator < 0) {
            return new HandlerReference(trimmed, null);
        }
        return new HandlerReference(trimmed.substring(0, separator),
                trimmed.substring(separator + METHOD_SEPARATOR.length()));
    }
}
