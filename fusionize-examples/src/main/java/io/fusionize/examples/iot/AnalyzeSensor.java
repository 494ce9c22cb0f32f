package io.fusionize.examples.iot;

import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import io.fusionize.examples.iot.model.Reading;
import io.fusionize.examples.iot.model.SensorAnalysis;
import io.fusionize.examples.iot.model.SensorCheck;
import io.fusionize.examples.iot.model.SensorReadings;
import io.fusionize.examples.iot.model.SensorRequest;
import io.fusionize.examples.iot.model.SoundReading;
import io.fusionize.examples.iot.model.StoredEvent;
import java.util.concurrent.ThreadLocalRandom;

/**
 * I, the entry task: draws a sensor's readings, checks and stores the temperature synchronously,
 * then hands the readings to the analysis tasks asynchronously.
 */
public final class AnalyzeSensor implements Task<SensorRequest, SensorAnalysis> {

    /**
     * @param seed a request's seed
     * @return the key that every row written for the request carries
     */
    public static String requestKey(long seed) {
        return "r" + Long.toUnsignedString(seed, 36);
    }

    /**
     * Analyzes one sensor.
     *
     * @param input the request; a missing seed draws a fresh one, reported in the result
     * @param context the calls to the other tasks
     * @return the seed, the readings, the sensor check and the stored event's key
     */
    @Override
    public SensorAnalysis run(SensorRequest input, TaskContext context) {
        long seed = seedOf(input);
        SensorReadings readings = SensorReadings.draw(seed);
        String key = requestKey(seed);
        Reading temperature = new Reading(key, readings.sensorId(), Reading.TEMPERATURE, readings.temperature());
        SensorCheck check = context.call(IotApplication.CHECK_SENSOR, temperature, SensorCheck.class);
        StoredEvent stored = context.call(IotApplication.STORE_EVENT, temperature, StoredEvent.class);
        context.send(IotApplication.CHECK_TEMPERATURE, temperature);
        context.send(IotApplication.CHECK_SOUND, soundOf(key, readings));
        context.send(IotApplication.CHECK_AIR, airOf(key, readings));
        return new SensorAnalysis(seed, readings.sensorId(), readings, check, stored.eventId());
    }

    private static long seedOf(SensorRequest input) {
        // an unseeded request still reports its seed, so that it can be replayed
        return input == null || input.seed() == null ? ThreadLocalRandom.current().nextLong() : input.seed();
    }

    private static SoundReading soundOf(String key, SensorReadings readings) {
        return new SoundReading(key, readings.sensorId(), readings.sound(), readings.emergencyVehicle());
    }

    private static Reading airOf(String key, SensorReadings readings) {
        return new Reading(key, readings.sensorId(), Reading.AIR_QUALITY, readings.airQuality());
    }
}
