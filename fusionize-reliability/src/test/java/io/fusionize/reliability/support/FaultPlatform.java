package io.fusionize.reliability.support;

import io.fusionize.deploy.lambda.LambdaClients;
import java.nio.file.Path;
import java.time.Duration;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;

/**
 * A platform process for one fault test, with a control-plane client and an Invoke API client,
 * and a warmed {@value #PROBE} function that a {@link Prober} can watch while the fault happens.
 */
public final class FaultPlatform implements AutoCloseable {

    /** The function the prober invokes; it echoes. */
    public static final String PROBE = "probe";

    private final PlatformProcess process;
    private LambdaClient lambda;
    private Invoker invoker;

    private FaultPlatform(PlatformProcess process) {
        this.process = process;
        connect();
    }

    /**
     * Starts a platform on a free port with {@code directory/state} as its state directory and
     * creates a warmed {@value #PROBE} function.
     *
     * @param directory the test's directory
     * @return the running platform
     */
    public static FaultPlatform start(Path directory) {
        return start(directory, PlatformProcessMain.PATIENT_INIT);
    }

    /**
     * Starts a platform as {@link #start(Path)} does, with a given instance init timeout.
     *
     * @param directory the test's directory
     * @param initTimeout how long an instance may take to initialize
     * @return the running platform
     */
    public static FaultPlatform start(Path directory, Duration initTimeout) {
        FaultPlatform platform = new FaultPlatform(PlatformProcess.start(directory.resolve("state"),
                directory.resolve("platform.log"), initTimeout));
        try {
            platform.create(PROBE, FunctionCode.FAULT_HANDLER, 256, 60);
            Invoker.Answer warm = platform.invoker().sync(PROBE, null, "{}", Duration.ofMinutes(3));
            if (!warm.ok()) {
                throw new IllegalStateException("the probe function does not answer: " + warm);
            }
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private void connect() {
        lambda = LambdaClients.forLocalPlatform(process.uri(), process.token());
        invoker = new Invoker(process.uri());
    }

    /**
     * Creates a function from the fault tests' handlers.
     *
     * @param name its name
     * @param handler {@link FunctionCode#FAULT_HANDLER} or another handler of that package
     * @param memoryMb its memory size
     * @param timeoutSeconds its timeout
     */
    public void create(String name, String handler, int memoryMb, int timeoutSeconds) {
        lambda.createFunction(b -> b.functionName(name).runtime(Runtime.JAVA17).role("fault-tests").handler(handler)
                .memorySize(memoryMb).timeout(timeoutSeconds)
                .code(c -> c.zipFile(SdkBytes.fromByteArray(FunctionCode.zip()))));
    }

    /** Kills the platform with SIGKILL and its instance processes with it, as a machine crash would. */
    public void kill9() {
        process.kill9();
    }

    /** Starts the platform again on the same state directory and port. */
    public void restart() {
        lambda.close();
        process.restart();
        connect();
    }

    /** @return the platform process */
    public PlatformProcess process() {
        return process;
    }

    /** @return the control-plane client */
    public LambdaClient lambda() {
        return lambda;
    }

    /** @return the Invoke API client */
    public Invoker invoker() {
        return invoker;
    }

    /** Stops the platform and its instances. */
    @Override
    public void close() {
        try {
            lambda.close();
        } finally {
            process.close();
        }
    }
}
