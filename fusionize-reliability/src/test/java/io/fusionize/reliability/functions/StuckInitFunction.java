package io.fusionize.reliability.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A handler whose class never finishes initializing, so that its instance never asks the Runtime
 * API for its first invocation.
 */
public final class StuckInitFunction implements RequestStreamHandler {

    static {
        blockForever();
    }

    private static void blockForever() {
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // ignored on purpose: only the platform may end this instance
            }
        }
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) {
        // never reached
    }
}
