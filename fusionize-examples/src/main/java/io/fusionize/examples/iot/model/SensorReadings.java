package io.fusionize.examples.iot.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Random;

/**
 * The four readings the IoT entry task draws for one sensor.
 *
 * @param sensorId the sensor, 0 to 100
 * @param temperature the air temperature in °C, -10.0 to 40.0
 * @param sound the sound level in dB, 30.0 to 120.0
 * @param airQuality the air quality index, 0 to 500 (higher is worse)
 * @param emergencyVehicle whether an emergency vehicle was detected
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SensorReadings(int sensorId, double temperature, double sound, int airQuality,
        boolean emergencyVehicle) {

    /** The highest sensor id. */
    public static final int MAX_SENSOR_ID = 100;

    /**
     * Draws a sensor id and its readings from a seed; the same seed always gives the same readings.
     *
     * @param seed the seed
     * @return the readings
     */
    public static SensorReadings draw(long seed) {
        // java.util.Random's sequence is fixed by its specification, on every JVM.
        Random random = new Random(seed);
        int sensorId = random.nextInt(MAX_SENSOR_ID + 1);
        double temperature = tenths(-10 + 50 * random.nextDouble());
        double sound = tenths(30 + 90 * random.nextDouble());
        int airQuality = random.nextInt(501);
        boolean emergencyVehicle = random.nextInt(10) == 0;
        return new SensorReadings(sensorId, temperature, sound, airQuality, emergencyVehicle);
    }

    private static double tenths(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
