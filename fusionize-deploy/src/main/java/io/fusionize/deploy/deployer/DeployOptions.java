package io.fusionize.deploy.deployer;

import java.util.Map;
import java.util.Objects;

/**
 * What the deployer sets on every function besides the setup's memory sizes.
 *
 * @param invokeUrl base URL of the Invoke API the functions use for remote calls
 * @param invokeToken bearer token for that API, or {@code null} when it is open
 * @param timeoutSeconds each function's timeout
 * @param runtime the platform runtime identifier, e.g. {@code java17}
 * @param roleArn the execution role (AWS Lambda needs one; the local platform ignores it), or
 *     {@code null}
 * @param extraEnvironment further variables for every function, e.g. where example data lives
 */
public record DeployOptions(String invokeUrl, String invokeToken, int timeoutSeconds, String runtime,
        String roleArn, Map<String, String> extraEnvironment) {

    /** The timeout used unless another is asked for, in seconds. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 60;

    /** Lambda's upper limit for a function's timeout, in seconds. */
    public static final int MAX_TIMEOUT_SECONDS = 900;

    /** The managed runtime functions are created with. */
    public static final String DEFAULT_RUNTIME = "java17";

    /** Checks the parts and freezes the environment. */
    public DeployOptions {
        Objects.requireNonNull(invokeUrl, "invoke URL must not be null");
        Objects.requireNonNull(runtime, "runtime must not be null");
        if (timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            throw new IllegalArgumentException("timeout must be 1.." + MAX_TIMEOUT_SECONDS
                    + " seconds, was " + timeoutSeconds);
        }
        extraEnvironment = Map.copyOf(Objects.requireNonNull(extraEnvironment, "environment must not be null"));
    }

    /**
     * @param invokeUrl base URL of the Invoke API
     * @param invokeToken its bearer token, or {@code null}
     * @return options with the default timeout and runtime, no role and no extra environment
     */
    public static DeployOptions of(String invokeUrl, String invokeToken) {
        return new DeployOptions(invokeUrl, invokeToken, DEFAULT_TIMEOUT_SECONDS, DEFAULT_RUNTIME, null, Map.of());
    }

    /**
     * @param seconds the function timeout
     * @return these options with another timeout
     */
    public DeployOptions withTimeoutSeconds(int seconds) {
        return new DeployOptions(invokeUrl, invokeToken, seconds, runtime, roleArn, extraEnvironment);
    }

    /**
     * @param environment further variables for every function
     * @return these options with that extra environment
     */
    public DeployOptions withExtraEnvironment(Map<String, String> environment) {
        return new DeployOptions(invokeUrl, invokeToken, timeoutSeconds, runtime, roleArn, environment);
    }
}
