package io.fusionize.protocol.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The project's JSON mappers. Every mapper ignores unknown properties, so that a sender may add a
 * field before every reader knows it. Two shared instances differ only in how they write
 * {@code null}: Lambda's API shapes omit absent values, records and reports write every field.
 */
public final class ProtocolJson {

    private static final ObjectMapper MAPPER = builder().build();
    private static final ObjectMapper OMITTING_NULLS = builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private ProtocolJson() {
    }

    /** @return a builder with the project's settings, for a mapper that needs more of its own */
    public static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** @return the shared mapper, which writes every field, {@code null}s included */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** @return the shared mapper for Lambda's API shapes, which omits {@code null} fields */
    public static ObjectMapper omittingNulls() {
        return OMITTING_NULLS;
    }

    /**
     * @param value a wire document
     * @return its compact single-line JSON, every field written
     * @throws IllegalArgumentException when the value cannot be serialized
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialize " + value.getClass().getName() + " to JSON: "
                    + e.getOriginalMessage(), e);
        }
    }
}
