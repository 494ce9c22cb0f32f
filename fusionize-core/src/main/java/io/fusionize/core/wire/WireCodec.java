package io.fusionize.core.wire;

import static io.fusionize.core.wire.WireConstants.KEY_ERROR;
import static io.fusionize.core.wire.WireConstants.KEY_ERROR_MESSAGE;
import static io.fusionize.core.wire.WireConstants.KEY_ERROR_TYPE;
import static io.fusionize.core.wire.WireConstants.KEY_FUSIONIZE;
import static io.fusionize.core.wire.WireConstants.KEY_PAYLOAD;
import static io.fusionize.core.wire.WireConstants.KEY_RESULT;
import static io.fusionize.core.wire.WireConstants.KEY_TASK;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Encodes and decodes invocation events and responses, byte for byte as they travel between
 * functions.
 *
 * <p>Payloads and results are passed as already-serialized JSON, so a payload is serialized
 * exactly once per call whether the call runs in-process or remotely.
 */
public final class WireCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final byte[] EVENT_START = bytes("{\"" + KEY_FUSIONIZE + "\":");
    private static final byte[] TASK_FIELD = bytes(",\"" + KEY_TASK + "\":");
    private static final byte[] PAYLOAD_FIELD = bytes(",\"" + KEY_PAYLOAD + "\":");
    private static final byte[] RESULT_START = bytes("{\"" + KEY_RESULT + "\":");

    private WireCodec() {
    }

    /**
     * @return the mapper used for every payload, result and wire document; unknown properties are
     *     ignored so that a caller may send more than its callee reads
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * @param header the caller's trace data
     * @param task the task to run
     * @param payloadJson the task's input, already serialized
     * @return the event bytes
     */
    public static byte[] encodeEvent(FusionHeader header, String task, byte[] payloadJson) {
        Objects.requireNonNull(header, "header must not be null");
        Objects.requireNonNull(task, "task must not be null");
        Objects.requireNonNull(payloadJson, "payloadJson must not be null");
        ByteArrayOutputStream out = new ByteArrayOutputStream(payloadJson.length + 200);
        out.writeBytes(EVENT_START);
        out.writeBytes(write(header));
        out.writeBytes(TASK_FIELD);
        out.writeBytes(write(task));
        out.writeBytes(PAYLOAD_FIELD);
        out.writeBytes(payloadJson);
        out.write('}');
        return out.toByteArray();
    }

    /**
     * Decodes an event. A body without the {@code fusionize} key is a root request whose whole
     * body is the payload.
     *
     * @param event the event bytes; empty means a root request with a null payload
     * @return the envelope
     * @throws WireFormatException when the bytes are not JSON
     */
    public static Envelope decodeEvent(byte[] event) {
        JsonNode tree = readTree(event, "event");
        if (!tree.isObject() || !tree.has(KEY_FUSIONIZE)) {
            return Envelope.root(tree);
        }
        FusionHeader header = convert(tree.get(KEY_FUSIONIZE), FusionHeader.class, "event header");
        JsonNode task = tree.get(KEY_TASK);
        String taskName = task == null || task.isNull() ? null : task.asText();
        return new Envelope(header, taskName, tree.get(KEY_PAYLOAD));
    }

    /**
     * @param resultJson a task's result, already serialized
     * @return the response bytes {@code {"result": …}}
     */
    public static byte[] encodeResult(byte[] resultJson) {
        Objects.requireNonNull(resultJson, "resultJson must not be null");
        ByteArrayOutputStream out = new ByteArrayOutputStream(resultJson.length + 12);
        out.writeBytes(RESULT_START);
        out.writeBytes(resultJson);
        out.write('}');
        return out.toByteArray();
    }

    /**
     * @param error a task's failure
     * @return the response bytes {@code {"error": {…}}}
     */
    public static byte[] encodeError(TaskError error) {
        Objects.requireNonNull(error, "error must not be null");
        return write(MAPPER.createObjectNode().set(KEY_ERROR, MAPPER.valueToTree(error)));
    }

    /**
     * @param body response bytes
     * @return the decoded response
     * @throws WireFormatException when the bytes hold neither a result nor an error
     */
    public static Response decodeResponse(byte[] body) {
        JsonNode tree = readTree(body, "response");
        if (tree.hasNonNull(KEY_ERROR)) {
            return Response.failure(convert(tree.get(KEY_ERROR), TaskError.class, "response error"));
        }
        if (!tree.has(KEY_RESULT)) {
            throw new WireFormatException("response has neither \"" + KEY_RESULT + "\" nor \""
                    + KEY_ERROR + "\": " + preview(body), null);
        }
        return Response.success(tree.get(KEY_RESULT));
    }

    /**
     * @param error a platform function error
     * @return its body {@code {"errorType": …, "errorMessage": …}}
     */
    public static byte[] encodeFunctionError(FunctionError error) {
        Objects.requireNonNull(error, "error must not be null");
        return write(error);
    }

    /**
     * Decodes a platform function error leniently: a body that is not the expected JSON becomes
     * the message of an error of the given fallback type.
     *
     * @param body the error body
     * @param fallbackType the error type to use when the body names none
     * @return the error
     */
    public static FunctionError decodeFunctionError(byte[] body, String fallbackType) {
        try {
            JsonNode tree = MAPPER.readTree(body);
            if (tree != null && tree.isObject()) {
                return new FunctionError(text(tree, KEY_ERROR_TYPE, fallbackType),
                        text(tree, KEY_ERROR_MESSAGE, null));
            }
        } catch (IOException notJson) {
            // falls through: the raw body is still the best message there is
        }
        return new FunctionError(fallbackType, preview(body));
    }

    /**
     * @param value any value Jackson can serialize
     * @return its compact JSON bytes
     * @throws IllegalArgumentException when the value cannot be serialized
     */
    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialize " + value.getClass().getName()
                    + " to JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode readTree(byte[] bytes, String what) {
        if (bytes == null || bytes.length == 0) {
            return NullNode.getInstance();
        }
        try {
            JsonNode tree = MAPPER.readTree(bytes);
            return tree == null ? NullNode.getInstance() : tree;
        } catch (IOException e) {
            throw new WireFormatException(what + " is not valid JSON: " + preview(bytes), e);
        }
    }

    private static <T> T convert(JsonNode node, Class<T> type, String what) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new WireFormatException(what + " is malformed: " + node, e);
        }
    }

    private static String text(JsonNode tree, String key, String fallback) {
        JsonNode value = tree.get(key);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    private static String preview(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
