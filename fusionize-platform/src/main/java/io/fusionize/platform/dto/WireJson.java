package io.fusionize.platform.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The JSON mapper for every wire type: unknown fields are ignored, absent values are omitted. */
public final class WireJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private static final ObjectMapper REPORT_MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private WireJson() {
    }

    /** @return the shared mapper for Lambda's API shapes, which omits {@code null} fields */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** @return the shared mapper for reports, which writes every field, {@code null}s included */
    public static ObjectMapper reportMapper() {
        return REPORT_MAPPER;
    }
}
