package io.fusionize.lambda.runtime;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A {@link LambdaLogger} that writes each message as a line to standard output, as Lambda does. */
public final class StdoutLambdaLogger implements LambdaLogger {

    private final PrintStream out;

    /** @param out where log lines go, normally {@code System.out} */
    public StdoutLambdaLogger(PrintStream out) {
        this.out = out;
    }

    /** Writes the message as one line. */
    @Override
    public void log(String message) {
        out.println(message);
    }

    /** Writes the UTF-8 message as one line. */
    @Override
    public void log(byte[] message) {
        log(new String(message, StandardCharsets.UTF_8));
    }
}
