package io.fusionize.lambda.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Handlers the runtime tests load by name. */
final class TestHandlers {

    private TestHandlers() {
    }

    /** Echoes the event, prefixed by the function name and a sign that time remains. */
    public static final class Echo implements RequestStreamHandler {
        @Override
        public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
            String event = new String(input.readAllBytes(), StandardCharsets.UTF_8);
            context.getLogger().log("echoing " + event);
            String remaining = context.getRemainingTimeInMillis() > 0 ? "time-left" : "no-time";
            output.write((context.getFunctionName() + ":" + remaining + ":" + event).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Always fails with a message that needs JSON escaping. */
    public static final class Failing implements RequestStreamHandler {
        @Override
        public void handleRequest(InputStream input, OutputStream output, Context context) {
            throw new IllegalStateException("bad \"input\"\n");
        }
    }

    /** Fails in its constructor. */
    public static final class BrokenInit implements RequestStreamHandler {
        /** Always throws. */
        public BrokenInit() {
            throw new IllegalArgumentException("missing configuration");
        }

        @Override
        public void handleRequest(InputStream input, OutputStream output, Context context) {
        }
    }

    /** Not a handler at all. */
    public static final class NotAHandler {
    }

    /** A POJO handler bound through Jackson. */
    public static final class Greeter implements RequestHandler<Map<String, String>, Map<String, String>> {
        @Override
        public Map<String, String> handleRequest(Map<String, String> input, Context context) {
            return Map.of("greeting", "hello " + input.get("name"));
        }
    }

    /** Handler methods addressed with {@code ::method}. */
    public static final class Methods {
        /** Upper-cases the event. */
        public void shout(InputStream input, OutputStream output) throws IOException {
            output.write(new String(input.readAllBytes(), StandardCharsets.UTF_8).toUpperCase()
                    .getBytes(StandardCharsets.UTF_8));
        }

        /** Returns the length of a JSON string event. */
        public static int length(String text, Context context) {
            return text.length();
        }
    }
}
