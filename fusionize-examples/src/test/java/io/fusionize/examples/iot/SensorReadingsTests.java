package io.fusionize.examples.iot;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.examples.iot.model.SensorReadings;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SensorReadingsTests {

    @Test
    void theSameSeedGivesTheSameReadings() {
        assertThat(SensorReadings.draw(42)).isEqualTo(SensorReadings.draw(42));
    }

    @Test
    void readingsStayInTheirRanges() {
        LongStream.range(0, 2_000).mapToObj(SensorReadings::draw).forEach(readings -> {
            assertThat(readings.sensorId()).isBetween(0, 100);
            assertThat(readings.temperature()).isBetween(-10.0, 40.0);
            assertThat(readings.sound()).isBetween(30.0, 120.0);
            assertThat(readings.airQuality()).isBetween(0, 500);
        });
    }

    @Test
    void seedsSpreadOverTheSensors() {
        Set<Integer> sensors = new HashSet<>();
        LongStream.range(0, 2_000).forEach(seed -> sensors.add(SensorReadings.draw(seed).sensorId()));
        assertThat(sensors).hasSize(101);
    }

    @Test
    void requestKeysDifferPerSeed() {
        assertThat(AnalyzeSensor.requestKey(1)).isNotEqualTo(AnalyzeSensor.requestKey(2));
        assertThat(AnalyzeSensor.requestKey(-1)).isEqualTo("r3w5e11264sgsf");
    }
}
