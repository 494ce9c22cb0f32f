package io.fusionize.examples.iot;

import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import io.fusionize.examples.iot.model.AccidentCheck;
import io.fusionize.examples.iot.model.SoundReading;
import io.fusionize.examples.work.PrimeSieve;
import java.util.Objects;

/** CSA: the camera check for an accident; a sieve up to 500,000, then one write. */
public final class CheckSoundAccident implements Task<SoundReading, AccidentCheck> {

    private final IotStore store;

    /** @param store where the check's outcome is written */
    public CheckSoundAccident(IotStore store) {
        this.store = Objects.requireNonNull(store, "store must not be null");
    }

    /**
     * Checks one sound reading for an accident.
     *
     * @param reading the sound reading
     * @param context unused: the task calls nothing
     * @return whether an accident is suspected, and the sieve's prime count
     */
    @Override
    public AccidentCheck run(SoundReading reading, TaskContext context) {
        int primes = PrimeSieve.countPrimesUpTo(PrimeSieve.EVALUATION_LIMIT);
        boolean suspected = IotRules.suggestsAccident(reading.level(), reading.emergencyVehicle());
        store.saveAccidentCheck(reading.requestKey(), reading.sensorId(), suspected);
        return new AccidentCheck(reading.sensorId(), suspected, primes);
    }
}
