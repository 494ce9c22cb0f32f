package io.fusionize.core.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.fusionize.core.record.StdoutRecordSink;
import io.fusionize.core.runtime.FusionRuntime;
import io.fusionize.core.runtime.InvocationRequest;
import io.fusionize.core.setup.Setup;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The handler of every deployed function, for any Lambda-compatible platform: it runs the
 * function's entry task under the fusion runtime and prints one invocation record per invocation.
 *
 * <p>It reads {@code FUSIONIZE_APP}, {@code FUSIONIZE_ENTRY}, {@code FUSIONIZE_INVOKE_URL} and
 * {@code FUSIONIZE_INVOKE_TOKEN} from the environment and the setup from the classpath resource
 * {@code fusionize-setup.json}. The runtime is built once, when the platform creates the
 * handler; the first invocation the process serves is its cold start. A task's failure is an
 * ordinary response {@code {"error": …}}. Function errors escape: a broken event, a failed task
 * serving an async event, which the platform then retries as Lambda does, and, should the
 * platform not stop an instance that ran out of time, the runtime's own timeout.
 */
public final class FusionHandler implements RequestStreamHandler {

    /**
     * How long past the platform's deadline the runtime waits before ending an invocation itself:
     * long enough that the platform, which stops the instance at the deadline, always comes first
     * and callers see its own {@code Sandbox.Timedout}; the runtime's deadline is a backstop.
     */
    static final Duration PLATFORM_STOPS_FIRST = Duration.ofSeconds(1);

    private final FusionRuntime runtime;

    /**
     * Builds the runtime from the process environment and this class's class loader.
     *
     * @throws IllegalStateException when a variable, the setup resource or the application is missing
     */
    public FusionHandler() {
        this(System::getenv, FusionHandler.class.getClassLoader());
    }

    /**
     * Builds the runtime from the given variables, for embedding and tests.
     *
     * @param environment the variables, in place of the process environment
     * @param loader where the application's provider and the setup resource are found
     * @throws IllegalStateException when a variable, the setup resource or the application is missing
     */
    public FusionHandler(Map<String, String> environment, ClassLoader loader) {
        this(Objects.requireNonNull(environment, "environment must not be null")::get, loader);
    }

    private FusionHandler(Function<String, String> variables, ClassLoader loader) {
        FunctionEnvironment environment = new FunctionEnvironment(variables, loader);
        Setup setup = environment.setup();
        this.runtime = FusionRuntime.builder().application(environment.application()).setup(setup)
                .function(environment.function(setup)).remoteInvoker(environment.remoteInvoker())
                .recordSink(new StdoutRecordSink()).deadlineGrace(PLATFORM_STOPS_FIRST).build();
    }

    /**
     * Serves one invocation.
     *
     * @param input the event body
     * @param output where the response body goes
     * @param context the platform's invocation context; its request id becomes the invocation id
     * @throws IOException when the event cannot be read or the response cannot be written
     * @throws io.fusionize.core.runtime.InvocationFailedException when the invocation timed out, or
     *     served an async event whose task failed
     */
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Objects.requireNonNull(context, "context must not be null");
        InvocationRequest request = new InvocationRequest(context.getAwsRequestId(), context::getRemainingTimeInMillis);
        output.write(runtime.handle(input.readAllBytes(), request));
        output.flush();
    }
}
