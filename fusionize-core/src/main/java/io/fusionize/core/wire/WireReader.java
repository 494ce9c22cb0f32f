package io.fusionize.core.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fusionize.protocol.fusion.EnvelopeKeys;
import io.fusionize.protocol.fusion.FusionHeader;
import io.fusionize.protocol.fusion.TaskError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads events and responses in one streaming pass. A payload or result is not parsed into a tree
 * and written back: its bytes are cut out of the body as they are, for the callee to bind once.
 */
final class WireReader {

    private static final byte[] JSON_NULL = "null".getBytes(StandardCharsets.UTF_8);

    private final ObjectMapper mapper;

    WireReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** @throws IOException when the bytes are not JSON, or a header is malformed */
    Envelope event(byte[] event) throws IOException {
        try (JsonParser parser = mapper.createParser(event)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Envelope.root(JSON_NULL);
            }
            if (first != JsonToken.START_OBJECT) {
                return Envelope.root(valueBytes(event, parser));
            }
            return objectEvent(event, parser);
        }
    }

    /** @return the response, or {@code null} when the body holds neither a result nor an error */
    Response response(byte[] body) throws IOException {
        try (JsonParser parser = mapper.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            byte[] result = null;
            TaskError error = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (EnvelopeKeys.ERROR.equals(field) && parser.currentToken() != JsonToken.VALUE_NULL) {
                    error = mapper.readValue(parser, TaskError.class);
                } else if (EnvelopeKeys.RESULT.equals(field)) {
                    result = valueBytes(body, parser);
                } else {
                    parser.skipChildren();
                }
            }
            return error != null ? Response.failure(error) : result != null ? Response.ofResultJson(result) : null;
        }
    }

    private Envelope objectEvent(byte[] event, JsonParser parser) throws IOException {
        long start = parser.currentTokenLocation().getByteOffset();
        EventFields fields = new EventFields();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            fields.read(field, parser);
        }
        long end = parser.currentLocation().getByteOffset();
        if (!fields.hasHeader) {
            // a root request's body is its payload, whatever keys it has
            return Envelope.root(slice(event, start, end));
        }
        return new Envelope(fields.header, fields.task(), fields.payloadStart < 0 ? JSON_NULL
                : slice(event, fields.payloadStart, fields.payloadEnd));
    }

    private static byte[] valueBytes(byte[] body, JsonParser parser) throws IOException {
        long start = parser.currentTokenLocation().getByteOffset();
        skipValue(parser);
        return slice(body, start, parser.currentLocation().getByteOffset());
    }

    private static void skipValue(JsonParser parser) throws IOException {
        parser.skipChildren();
        // a string token is read lazily; its end is only known once it is finished
        parser.finishToken();
    }

    private static byte[] slice(byte[] body, long start, long end) {
        int last = (int) end;
        // a number at the top level ends where the parser read one whitespace byte past it
        while (last > start && isWhitespace(body[last - 1])) {
            last--;
        }
        return start == 0 && last == body.length ? body : Arrays.copyOfRange(body, (int) start, last);
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    /** The fields of an event object, kept until it is known whether the object is an envelope. */
    private final class EventFields {
        private boolean hasHeader;
        private FusionHeader header;
        private String task;
        private boolean taskIsName = true;
        private long payloadStart = -1;
        private long payloadEnd;

        void read(String field, JsonParser parser) throws IOException {
            switch (field) {
                case EnvelopeKeys.FUSIONIZE -> readHeader(parser);
                case EnvelopeKeys.TASK -> readTask(parser);
                case EnvelopeKeys.PAYLOAD -> {
                    payloadStart = parser.currentTokenLocation().getByteOffset();
                    skipValue(parser);
                    payloadEnd = parser.currentLocation().getByteOffset();
                }
                default -> parser.skipChildren();
            }
        }

        private void readHeader(JsonParser parser) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new WireFormatException("event header is not an object but " + parser.currentToken(), null);
            }
            hasHeader = true;
            header = mapper.readValue(parser, FusionHeader.class);
        }

        private void readTask(JsonParser parser) throws IOException {
            JsonToken token = parser.currentToken();
            taskIsName = token.isScalarValue();
            task = token == JsonToken.VALUE_NULL || !taskIsName ? null : parser.getText();
            parser.skipChildren();
        }

        String task() {
            if (!taskIsName) {
                throw new WireFormatException("event task must be a task name", null);
            }
            return task;
        }
    }
}
