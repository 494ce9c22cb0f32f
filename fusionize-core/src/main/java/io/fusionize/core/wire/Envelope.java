package io.fusionize.core.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.protocol.fusion.FusionHeader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * A decoded invocation event.
 *
 * @param header the caller's trace data; {@code null} for a root request
 * @param task the task to run; {@code null} lets the function run its entry task
 * @param payloadJson the task's input, serialized exactly as it arrived ({@code null} JSON when absent)
 */
public record Envelope(FusionHeader header, String task, byte[] payloadJson) {

    private static final byte[] JSON_NULL = "null".getBytes(StandardCharsets.UTF_8);

    /** Checks the parts. */
    public Envelope {
        payloadJson = payloadJson == null ? JSON_NULL : payloadJson;
    }

    /**
     * @param payloadJson a root request's body
     * @return the envelope of a root request
     */
    public static Envelope root(byte[] payloadJson) {
        return new Envelope(null, null, payloadJson);
    }

    /**
     * @return the payload as a JSON tree, parsed anew on every call
     * @throws WireFormatException when the payload is not JSON
     */
    public JsonNode payload() {
        return WireCodec.readTree(payloadJson, "payload");
    }

    /** @return whether the event came from an outside client rather than another task */
    public boolean isRoot() {
        return header == null;
    }

    /** @return whether another task sent the event asynchronously */
    public boolean isAsync() {
        return header != null && header.async();
    }

    /** @return the caller's trace data, empty for a root request */
    public Optional<FusionHeader> fusionHeader() {
        return Optional.ofNullable(header);
    }

    /**
     * @param entryTask the function's entry task
     * @return the task to run
     * @throws IllegalArgumentException when the event names a task other than the entry task
     */
    public String taskOr(String entryTask) {
        Objects.requireNonNull(entryTask, "entryTask must not be null");
        if (task != null && !task.equals(entryTask)) {
            throw new IllegalArgumentException("event names task " + task
                    + ", but this function's entry task is " + entryTask);
        }
        return entryTask;
    }
}
