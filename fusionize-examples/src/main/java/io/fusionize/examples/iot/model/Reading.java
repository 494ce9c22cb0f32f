package io.fusionize.examples.iot.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One sensor reading, as the check, store, temperature and air tasks receive it.
 *
 * @param requestKey the deterministic key of the root request, derived from its seed
 * @param sensorId the sensor, 0 to 100
 * @param kind what was measured, e.g. {@code temperature}
 * @param value the measured value
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Reading(String requestKey, int sensorId, String kind, double value) {

    /** The kind of a temperature reading, in °C. */
    public static final String TEMPERATURE = "temperature";

    /** The kind of a sound reading, in dB. */
    public static final String SOUND = "sound";

    /** The kind of an air quality reading, as an index. */
    public static final String AIR_QUALITY = "airQuality";
}
