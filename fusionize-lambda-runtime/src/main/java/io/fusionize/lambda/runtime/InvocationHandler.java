package io.fusionize.lambda.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.InputStream;
import java.io.OutputStream;

/** A loaded handler, reduced to the stream form every handler style can be adapted to. */
@FunctionalInterface
public interface InvocationHandler {

    /**
     * Handles one event.
     *
     * @param input the event body
     * @param output where the result body goes
     * @param context the invocation's context
     * @throws Exception any failure of the function; it becomes an invocation error
     */
    void handle(InputStream input, OutputStream output, Context context) throws Exception;
}
