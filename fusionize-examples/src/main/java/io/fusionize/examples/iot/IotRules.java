package io.fusionize.examples.iot;

import io.fusionize.examples.iot.model.Reading;

/** The thresholds by which the IoT tasks decide what a reading means. */
public final class IotRules {

    /** Below this temperature, in °C, the signs warn of ice. */
    public static final double ICE_WARNING_BELOW = 3.0;

    /** From this level, in dB, a sensor counts as loud. */
    public static final double LOUD_FROM = 85.0;

    /** From this level, in dB, a loud noise alone suggests an accident. */
    public static final double CRASH_FROM = 110.0;

    /** From this air quality index, the traffic counts as jammed. */
    public static final int JAM_FROM = 250;

    /** The lowest plausible temperature, in °C. */
    public static final double MIN_PLAUSIBLE_TEMPERATURE = -50.0;

    /** The highest plausible temperature, in °C. */
    public static final double MAX_PLAUSIBLE_TEMPERATURE = 60.0;

    /** The highest plausible sound level, in dB. */
    public static final double MAX_PLAUSIBLE_SOUND = 200.0;

    /** The highest air quality index. */
    public static final double MAX_AIR_QUALITY = 500.0;

    /** How many sensors past the ice location also show the ice warning. */
    public static final int ICE_WARNING_CHAIN = 2;

    /** How many sensors past the jam location also show the jam warning. */
    public static final int JAM_WARNING_CHAIN = 3;

    private IotRules() {
    }

    /**
     * @param temperature a temperature in °C
     * @return whether the signs should warn of ice
     */
    public static boolean needsIceWarning(double temperature) {
        return temperature < ICE_WARNING_BELOW;
    }

    /**
     * @param level a sound level in dB
     * @return whether the level counts as loud
     */
    public static boolean isLoud(double level) {
        return level >= LOUD_FROM;
    }

    /**
     * @param level a sound level in dB
     * @param emergencyVehicle whether an emergency vehicle was detected
     * @return whether the camera check should suspect an accident
     */
    public static boolean suggestsAccident(double level, boolean emergencyVehicle) {
        return level >= CRASH_FROM || (emergencyVehicle && isLoud(level));
    }

    /**
     * @param airQuality an air quality index
     * @return whether the traffic counts as jammed
     */
    public static boolean isJam(double airQuality) {
        return airQuality >= JAM_FROM;
    }

    /**
     * @param kind what was measured: {@code temperature}, {@code sound} or {@code airQuality}
     * @param value the measured value
     * @return whether a sensor of that kind could plausibly report the value; false for an
     *     unknown kind
     */
    public static boolean isPlausible(String kind, double value) {
        switch (String.valueOf(kind)) {
            case Reading.TEMPERATURE:
                return value >= MIN_PLAUSIBLE_TEMPERATURE && value <= MAX_PLAUSIBLE_TEMPERATURE;
            case Reading.SOUND:
                return value >= 0 && value <= MAX_PLAUSIBLE_SOUND;
            case Reading.AIR_QUALITY:
                return value >= 0 && value <= MAX_AIR_QUALITY;
            default:
                return false;
        }
    }
}
