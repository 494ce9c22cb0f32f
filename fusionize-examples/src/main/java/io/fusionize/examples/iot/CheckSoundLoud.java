package io.fusionize.examples.iot;

import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import io.fusionize.examples.iot.model.LoudnessCheck;
import io.fusionize.examples.iot.model.SoundReading;
import java.util.Objects;
import java.util.OptionalDouble;

/** CSL: compares a sound level with both neighbours' (two reads), then records it (one write). */
public final class CheckSoundLoud implements Task<SoundReading, LoudnessCheck> {

    private final IotStore store;

    /** @param store where sound levels are read and written */
    public CheckSoundLoud(IotStore store) {
        this.store = Objects.requireNonNull(store, "store must not be null");
    }

    /**
     * Checks one sound reading against its neighbours.
     *
     * @param reading the sound reading
     * @param context unused: the task calls nothing
     * @return whether the sensor is loud and how many neighbours last were
     */
    @Override
    public LoudnessCheck run(SoundReading reading, TaskContext context) {
        int loudNeighbours = loudness(reading.sensorId() - 1) + loudness(reading.sensorId() + 1);
        store.saveSoundLevel(reading.sensorId(), reading.level(), reading.requestKey());
        return new LoudnessCheck(reading.sensorId(), IotRules.isLoud(reading.level()), loudNeighbours);
    }

    private int loudness(int sensorId) {
        OptionalDouble level = store.lastSoundLevel(sensorId);
        return level.isPresent() && IotRules.isLoud(level.getAsDouble()) ? 1 : 0;
    }
}
