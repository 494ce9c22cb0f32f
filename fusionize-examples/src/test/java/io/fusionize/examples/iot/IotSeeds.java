package io.fusionize.examples.iot;

import io.fusionize.examples.iot.model.SensorReadings;
import java.util.function.Predicate;
import java.util.stream.LongStream;

/** Finds seeds whose readings take a chosen path through the IoT application. */
public final class IotSeeds {

    private IotSeeds() {
    }

    /** @return the first seed from 1 on whose readings match */
    public static long firstSeed(Predicate<SensorReadings> wanted) {
        return LongStream.range(1, 10_000).filter(seed -> wanted.test(SensorReadings.draw(seed)))
                .findFirst().orElseThrow();
    }

    /** @return whether CheckTemperature orders an ice warning for these readings */
    public static boolean iceWarning(SensorReadings readings) {
        return IotRules.needsIceWarning(readings.temperature());
    }

    /** @return whether DetectJam finds a jam for these readings */
    public static boolean jam(SensorReadings readings) {
        return IotRules.isJam(readings.airQuality());
    }
}
