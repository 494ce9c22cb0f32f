package io.fusionize.core.wire;

import static io.fusionize.protocol.lambda.FunctionErrorBody.KEY_ERROR_MESSAGE;
import static io.fusionize.protocol.lambda.FunctionErrorBody.KEY_ERROR_TYPE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.fusionize.protocol.fusion.EnvelopeKeys;
import io.fusionize.protocol.fusion.FusionHeader;
import io.fusionize.protocol.fusion.TaskError;
import io.fusionize.protocol.json.ProtocolJson;
import io.fusionize.protocol.lambda.FunctionErrorBody;
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

    private static final ObjectMapper MAPPER = ProtocolJson.mapper();
    private static final byte[] EVENT_START = bytes("{\"" + EnvelopeKeys.FUSIONIZE + "\":");
    private static final byte[] TASK_FIELD = bytes(",\"" + EnvelopeKeys.TASK + "\":");
    private static final byte[] PAYLOAD_FIELD = bytes(",\"" + EnvelopeKeys.PAYLOAD + "\":");
    private static final byte[] RESULT_START = bytes("{\"" + EnvelopeKeys.RESULT + "\":");
    private static final WireReader READER = new WireReader(MAPPER);

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
     * Decodes an event in one streaming pass. A body without the {@code fusionize} key is a root
     * request whose whole body is the payload. The payload is not parsed: its bytes are cut out of
     * the event for the task to bind.
     *
     * @param event the event bytes; empty means a root request with a null payload
     * @return the envelope
     * @throws WireFormatException when the bytes are not JSON, or the header is malformed
     */
    public static Envelope decodeEvent(byte[] event) {
        byte[] bytes = event == null ? new byte[0] : event;
        try {
            return READER.event(bytes);
        } catch (DatabindException e) {
            throw new WireFormatException("event header is malformed: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new WireFormatException("event is not valid JSON: " + preview(bytes), e);
        }
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
        return write(MAPPER.createObjectNode().set(EnvelopeKeys.ERROR, MAPPER.valueToTree(error)));
    }

    /**
     * Decodes a response in one streaming pass; a result is not parsed, its bytes are cut out of
     * the body for the caller to bind.
     *
     * @param body response bytes
     * @return the decoded response
     * @throws WireFormatException when the bytes hold neither a result nor an error
     */
    public static Response decodeResponse(byte[] body) {
        byte[] bytes = body == null ? new byte[0] : body;
        Response response;
        try {
            response = READER.response(bytes);
        } catch (DatabindException e) {
            throw new WireFormatException("response error is malformed: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new WireFormatException("response is not valid JSON: " + preview(bytes), e);
        }
        if (response == null) {
            throw new WireFormatException("response has neither \"" + EnvelopeKeys.RESULT + "\" nor \""
                    + EnvelopeKeys.ERROR + "\": " + preview(bytes), null);
        }
        return response;
    }

    /**
     * @param error a platform function error
     * @return its body {@code {"errorType": …, "errorMessage": …}}
     */
    public static byte[] encodeFunctionError(FunctionErrorBody error) {
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
    public static FunctionErrorBody decodeFunctionError(byte[] body, String fallbackType) {
        try {
            JsonNode tree = MAPPER.readTree(body);
            if (tree != null && tree.isObject()) {
                return new FunctionErrorBody(text(tree, KEY_ERROR_TYPE, fallbackType),
                        text(tree, KEY_ERROR_MESSAGE, null));
            }
        } catch (IOException notJson) {
            // falls through: the raw body is still the best message there is
        }
        return new FunctionErrorBody(fallbackType, preview(body));
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

    /**
     * @param bytes JSON bytes; empty means JSON null
     * @param what what the bytes are, for the error message
     * @return the tree
     * @throws WireFormatException when the bytes are not JSON
     */
    static JsonNode readTree(byte[] bytes, String what) {
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
