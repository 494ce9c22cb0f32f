package io.fusionize.core.handler;

import io.fusionize.api.Application;
import io.fusionize.core.app.Applications;
import io.fusionize.core.runtime.RemoteInvoker;
import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupJson;
import io.fusionize.protocol.fusion.FusionEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Function;

/** What a deployed function learns from its environment variables and its artifact. */
final class FunctionEnvironment {

    private final Function<String, String> variables;
    private final ClassLoader loader;

    FunctionEnvironment(Function<String, String> variables, ClassLoader loader) {
        this.variables = Objects.requireNonNull(variables, "variables must not be null");
        this.loader = Objects.requireNonNull(loader, "loader must not be null");
    }

    Application application() {
        return Applications.find(required(FusionEnvironment.ENV_APP), loader);
    }

    Setup setup() {
        try (InputStream in = loader.getResourceAsStream(FusionEnvironment.SETUP_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + FusionEnvironment.SETUP_RESOURCE
                        + " is missing from the function artifact");
            }
            return SetupJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FusionEnvironment.SETUP_RESOURCE, e);
        }
    }

    FunctionSpec function(Setup setup) {
        String entry = required(FusionEnvironment.ENV_ENTRY);
        return setup.function(entry).orElseThrow(() -> new IllegalStateException(FusionEnvironment.ENV_ENTRY
                + " names " + entry + ", but setup v" + setup.version() + " has no function with that entry task"));
    }

    RemoteInvoker remoteInvoker() {
        String url = variables.apply(FusionEnvironment.ENV_INVOKE_URL);
        if (url == null || url.isBlank()) {
            return new MissingInvokeUrl();
        }
        return new LambdaInvokeApiInvoker(URI.create(url.strip()), variables.apply(FusionEnvironment.ENV_INVOKE_TOKEN));
    }

    private String required(String name) {
        String value = variables.apply(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is not set");
        }
        return value.strip();
    }

    /** Lets a function whose calls all run inline start without an Invoke API. */
    private static final class MissingInvokeUrl implements RemoteInvoker {

        @Override
        public byte[] invokeSync(String functionName, String qualifier, byte[] event) {
            throw missing(functionName);
        }

        @Override
        public void invokeAsync(String functionName, String qualifier, byte[] event) {
            throw missing(functionName);
        }

        private static IllegalStateException missing(String functionName) {
            return new IllegalStateException("cannot call " + functionName + " remotely: environment variable "
                    + FusionEnvironment.ENV_INVOKE_URL + " is not set");
        }
    }
}
