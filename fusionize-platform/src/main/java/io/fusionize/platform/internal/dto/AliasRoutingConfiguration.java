package io.fusionize.platform.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * An alias's weighted routing, as CreateAlias and UpdateAlias carry it.
 *
 * @param additionalVersionWeights a second version and the share of invocations it should get
 */
public record AliasRoutingConfiguration(
        @JsonProperty("AdditionalVersionWeights") Map<String, Double> additionalVersionWeights) {

    /** @return whether it asks to send some invocations to another version */
    public boolean isWeighted() {
        return additionalVersionWeights != null && !additionalVersionWeights.isEmpty();
    }
}
