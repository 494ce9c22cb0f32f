package io.fusionize.examples.iot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class IotStoreTests {

    @TempDir
    Path directory;

    private IotStore store;
    private IotDatabase other;

    @BeforeEach
    void openStore() {
        store = IotStore.inDirectory(directory);
        other = new IotDatabase(store.file());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void keepsOneFileNamedAfterTheApplication() {
        assertThat(store.file()).isEqualTo(directory.resolve("iot.db"));
    }

    @Test
    void eventsLandInTheFile() {
        store.saveEvent("r1/temperature", 4, "temperature", 21.5);
        assertThat(other.count("sensor_events", "event_id = 'r1/temperature' AND sensor_id = 4 AND value = 21.5"))
                .isEqualTo(1);
    }

    @Test
    void rewritingAnEventReplacesIt() {
        store.saveEvent("r1/temperature", 4, "temperature", 21.5);
        store.saveEvent("r1/temperature", 4, "temperature", 21.5);
        assertThat(other.count("sensor_events", "1 = 1")).isEqualTo(1);
    }

    @Test
    void soundLevelsAreReadBack() {
        assertThat(store.lastSoundLevel(3)).isEmpty();
        store.saveSoundLevel(3, 90.5, "r1");
        store.saveSoundLevel(3, 70.0, "r2");
        assertThat(store.lastSoundLevel(3)).isEqualTo(OptionalDouble.of(70.0));
        assertThat(other.count("sound_levels", "sensor_id = 3 AND request_key = 'r2'")).isEqualTo(1);
    }

    @Test
    void checksAndSignsLandInTheFile() {
        store.saveAccidentCheck("r1", 5, true);
        store.saveJamCheck("r1", 5, 300, true);
        store.showSign(5, "r1", "ICE WARNING");
        store.showSign(5, "r1", "TRAFFIC JAM AHEAD");
        assertThat(other.count("accident_checks", "request_key = 'r1' AND suspected = 1")).isEqualTo(1);
        assertThat(other.count("jam_checks", "request_key = 'r1' AND jam = 1 AND air_quality = 300")).isEqualTo(1);
        assertThat(other.count("signs", "sensor_id = 5 AND request_key = 'r1'")).isEqualTo(2);
    }
}
