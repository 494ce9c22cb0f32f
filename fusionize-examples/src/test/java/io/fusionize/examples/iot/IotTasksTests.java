package io.fusionize.examples.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.examples.iot.model.AccidentCheck;
import io.fusionize.examples.iot.model.LoudnessCheck;
import io.fusionize.examples.iot.model.Reading;
import io.fusionize.examples.iot.model.SensorCheck;
import io.fusionize.examples.iot.model.SignageOrder;
import io.fusionize.examples.iot.model.SignageResult;
import io.fusionize.examples.iot.model.SoundReading;
import io.fusionize.examples.iot.model.StoredEvent;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class IotTasksTests {

    @TempDir
    Path directory;

    private IotStore store;
    private IotDatabase database;

    @BeforeEach
    void openStore() {
        store = IotStore.inDirectory(directory);
        database = new IotDatabase(store.file());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void checkSensorSievesAndJudgesPlausibility() {
        SensorCheck check = new CheckSensor().run(new Reading("r1", 3, Reading.TEMPERATURE, 20.0), null);
        assertThat(check).isEqualTo(new SensorCheck(3, true, 41_538));
        assertThat(new CheckSensor().run(new Reading("r1", 3, Reading.TEMPERATURE, 99.0), null).valid()).isFalse();
    }

    @Test
    void storeEventWritesOneRowUnderADeterministicKey() {
        StoredEvent stored = new StoreEvent(store).run(new Reading("rabc", 3, Reading.TEMPERATURE, 20.0), null);
        assertThat(stored.eventId()).isEqualTo("rabc/temperature");
        assertThat(database.count("sensor_events", "event_id = 'rabc/temperature' AND value = 20.0")).isEqualTo(1);
    }

    @Test
    void checkSoundLoudCountsLoudNeighbours() {
        store.saveSoundLevel(9, 95.0, "earlier");
        store.saveSoundLevel(11, 40.0, "earlier");
        LoudnessCheck check = new CheckSoundLoud(store).run(new SoundReading("r1", 10, 88.0, false), null);
        assertThat(check).isEqualTo(new LoudnessCheck(10, true, 1));
        assertThat(database.count("sound_levels", "sensor_id = 10 AND level = 88.0")).isEqualTo(1);
    }

    @Test
    void checkSoundAccidentSuspectsLoudSirens() {
        AccidentCheck check = new CheckSoundAccident(store).run(new SoundReading("r1", 10, 90.0, true), null);
        assertThat(check).isEqualTo(new AccidentCheck(10, true, 41_538));
        assertThat(new CheckSoundAccident(store).run(new SoundReading("r2", 10, 90.0, false), null).suspected())
                .isFalse();
        assertThat(database.count("accident_checks", "request_key IN ('r1', 'r2')")).isEqualTo(2);
    }

    @Test
    void detectJamRecordsItsVerdict() throws InterruptedException {
        assertThat(new DetectJam(store).run(new Reading("r1", 4, Reading.AIR_QUALITY, 300), null).jam()).isTrue();
        assertThat(new DetectJam(store).run(new Reading("r2", 4, Reading.AIR_QUALITY, 100), null).jam()).isFalse();
        assertThat(database.count("jam_checks", "jam = 1")).isEqualTo(1);
        assertThat(database.count("jam_checks", "jam = 0")).isEqualTo(1);
    }

    @Test
    void actionSignageWritesOneSignPerSensorOfTheChain() throws InterruptedException {
        SignageResult result = new ActionSignage(store).run(new SignageOrder("r1", 98, 3, "ICE WARNING"), null);
        assertThat(result.signsUpdated()).isEqualTo(4);
        assertThat(database.count("signs", "sensor_id BETWEEN 98 AND 101 AND request_key = 'r1'")).isEqualTo(4);
    }

    @Test
    void actionSignageRejectsANegativeChain() {
        assertThatThrownBy(() -> new ActionSignage(store).run(new SignageOrder("r1", 5, -1, "X"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("chain must not be negative, was -1");
    }
}
