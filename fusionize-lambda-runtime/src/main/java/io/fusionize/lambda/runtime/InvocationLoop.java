package io.fusionize.lambda.runtime;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import io.fusionize.protocol.telemetry.LogLines;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;

/** Fetches events, runs the handler on each, and posts the outcome: the life of an instance. */
public final class InvocationLoop {

    private static final int ACCEPTED = 202;

    private final RuntimeApiClient client;
    private final InvocationHandler handler;
    private final FunctionEnvironment environment;
    private final PrintStream out;
    private final LambdaLogger logger;

    /**
     * @param client the Runtime API client
     * @param handler the loaded handler
     * @param environment the instance's reserved variables
     * @param out standard output, where log markers go
     */
    public InvocationLoop(RuntimeApiClient client, InvocationHandler handler, FunctionEnvironment environment,
            PrintStream out) {
        this.client = client;
        this.handler = handler;
        this.environment = environment;
        this.out = out;
        this.logger = new StdoutLambdaLogger(out);
    }

    /**
     * Serves invocations until the Runtime API goes away.
     *
     * @throws IOException when the Runtime API can no longer be reached; the instance should exit
     */
    public void runForever() throws IOException {
        while (true) {
            runOnce();
        }
    }

    /**
     * Serves exactly one invocation.
     *
     * @throws IOException if the Runtime API cannot be reached
     */
    public void runOnce() throws IOException {
        NextInvocation invocation = client.next();
        byte[] result = null;
        Throwable failure = null;
        try {
            result = execute(invocation);
        } catch (Throwable e) {
            failure = e;
        }
        endLogs(invocation.requestId());
        int status = failure == null
                ? client.postResponse(invocation.requestId(), result)
                : client.postError(invocation.requestId(), ErrorReport.of(failure));
        if (status != ACCEPTED) {
            System.err.println("Runtime API refused the outcome of " + invocation.requestId() + " with " + status);
        }
    }

    private byte[] execute(NextInvocation invocation) throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        handler.handle(new ByteArrayInputStream(invocation.payload()), output,
                new LambdaContext(environment, invocation, logger));
        return output.toByteArray();
    }

    /** Flushes both streams, then marks the end so the platform attributes every line exactly. */
    private void endLogs(String requestId) {
        System.err.flush();
        out.flush();
        if (environment.logMarkers()) {
            // the constant only: instances run without the protocol classes
            out.println(LogLines.END_MARKER + requestId);
            out.flush();
        }
    }
}
