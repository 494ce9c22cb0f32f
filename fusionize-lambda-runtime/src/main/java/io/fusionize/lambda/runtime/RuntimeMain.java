package io.fusionize.lambda.runtime;

import io.fusionize.protocol.lambda.LambdaErrors;
import io.fusionize.protocol.lambda.RuntimeApi;
import java.io.IOException;

/**
 * Entry point of an instance process: reads the reserved environment, loads the handler, and
 * serves invocations from the Runtime API until it goes away.
 *
 * <p>Exit status: 0 after a training run, 1 after an init error, 2 on a bad environment, 4 when the
 * Runtime API becomes unreachable; 3 is left to the JVM's {@code -XX:+ExitOnOutOfMemoryError}.
 */
public final class RuntimeMain {

    private static final int EXIT_INIT_ERROR = 1;
    private static final int EXIT_BAD_ENVIRONMENT = 2;
    private static final int EXIT_API_GONE = 4;

    private RuntimeMain() {
    }

    /**
     * Runs the instance.
     *
     * @param args ignored; everything comes from the environment
     */
    public static void main(String[] args) {
        FunctionEnvironment environment = readEnvironment();
        RuntimeApiClient client = new RuntimeApiClient(environment.runtimeApi());
        InvocationHandler handler = loadHandler(environment, client);
        if (Boolean.parseBoolean(System.getenv(RuntimeApi.ENV_TRAINING_RUN))) {
            TrainingRun.exerciseClient();
            System.exit(0);
        }
        try {
            new InvocationLoop(client, handler, environment, System.out).runForever();
        } catch (IOException e) {
            System.err.println("Lambda Runtime API unreachable, exiting: " + e);
            System.exit(EXIT_API_GONE);
        }
    }

    private static FunctionEnvironment readEnvironment() {
        try {
            return FunctionEnvironment.from(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(EXIT_BAD_ENVIRONMENT);
            throw e;
        }
    }

    private static InvocationHandler loadHandler(FunctionEnvironment environment, RuntimeApiClient client) {
        try {
            HandlerReference reference = HandlerReference.parse(environment.handler());
            return new HandlerLoader(Thread.currentThread().getContextClassLoader()).load(reference);
        } catch (HandlerInitException e) {
            failInit(client, new ErrorReport(e.errorType(), e.getMessage(), ErrorReport.of(e).stackTrace()));
        } catch (IllegalArgumentException e) {
            failInit(client, new ErrorReport(LambdaErrors.INVALID_HANDLER, e.getMessage(),
                    java.util.List.of()));
        }
        throw new IllegalStateException("unreachable");
    }

    private static void failInit(RuntimeApiClient client, ErrorReport error) {
        System.err.println("Init failed: " + error.errorType() + ": " + error.errorMessage());
        try {
            client.postInitError(error);
        } catch (IOException e) {
            System.err.println("Could not report the init error: " + e);
        }
        System.exit(EXIT_INIT_ERROR);
    }
}
