package io.fusionize.platform.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.InputStream;
import java.io.OutputStream;

/** A function whose init always fails. */
public final class BrokenInitFunction implements RequestStreamHandler {

    /** Always throws, as a handler with missing configuration would. */
    public BrokenInitFunction() {
        throw new IllegalStateException("configuration missing");
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) {
    }
}
