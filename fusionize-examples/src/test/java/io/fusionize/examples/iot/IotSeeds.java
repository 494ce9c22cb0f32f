package io.fusionize.examples.iot;

import io.fusionize.examples.iot.model.SensorReadings;
import java.util.function.Predicate;
import java.util.stream.LongStream;

/** Finds seeds whose readings take a chosen path through the IoT application. */
final class IotSeeds {

    private IotSeeds() {
    }

    static long firstSeed(Predicate<SensorReadings> wanted) {
        return LongStream.range(1, 10_000).filter(seed -> wanted.test(SensorReadings.draw(seed)))
                .findFirst().orElseThrow();
    }

    static boolean iceWarning(SensorReadings readings) {
        return IotRules.needsIceWarning(readings.temperature());
    }

    static boolean jam(SensorReadings readings) {
        return IotRules.isJam(readings.airQuality());
    }
}
