package io.fusionize.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fusionize.examples.iot.model.AccidentCheck;
import io.fusionize.examples.iot.model.LoudnessCheck;
import io.fusionize.examples.iot.model.Reading;
import io.fusionize.examples.iot.model.SensorAnalysis;
import io.fusionize.examples.iot.model.SensorCheck;
import io.fusionize.examples.iot.model.SensorReadings;
import io.fusionize.examples.iot.model.SensorRequest;
import io.fusionize.examples.iot.model.SignageOrder;
import io.fusionize.examples.iot.model.SoundAnalysis;
import io.fusionize.examples.iot.model.SoundReading;
import io.fusionize.examples.tree.CpuWork;
import io.fusionize.examples.tree.SyncPath;
import io.fusionize.examples.tree.TreeRequest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class JsonBindingTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Object> values() {
        return Stream.of(
                new SensorRequest(5L), new SensorRequest(null), new Reading("r1", 3, "temperature", 1.5),
                new SoundReading("r1", 3, 90.1, true), new SignageOrder("r1", 3, 2, "ICE WARNING"),
                new SensorAnalysis(5, 3, SensorReadings.draw(5), new SensorCheck(3, true, 41_538), "r5/temperature"),
                new SoundAnalysis(3, new LoudnessCheck(3, true, 2), new AccidentCheck(3, false, 41_538)),
                new TreeRequest(9L), new SyncPath(9L, List.of("A", "B"), 500), new CpuWork(1.25));
    }

    @ParameterizedTest
    @MethodSource("values")
    void roundTripsThroughJson(Object value) throws Exception {
        String json = MAPPER.writeValueAsString(value);
        assertThat(MAPPER.readValue(json, value.getClass())).isEqualTo(value);
    }

    @ParameterizedTest
    @MethodSource("values")
    void ignoresUnknownProperties(Object value) throws Exception {
        String json = MAPPER.writeValueAsString(value).replaceFirst("\\{", "{\"extra\":1,");
        assertThat(MAPPER.readValue(json, value.getClass())).isEqualTo(value);
    }

    @Test
    void anEmptyRequestHasNoSeed() throws Exception {
        assertThat(MAPPER.readValue("{}", SensorRequest.class)).isEqualTo(new SensorRequest(null));
        assertThat(MAPPER.readValue("{}", TreeRequest.class)).isEqualTo(new TreeRequest(null));
    }
}
