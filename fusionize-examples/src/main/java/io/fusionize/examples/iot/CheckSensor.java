package io.fusionize.examples.iot;

import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import io.fusionize.examples.iot.model.Reading;
import io.fusionize.examples.iot.model.SensorCheck;
import io.fusionize.examples.work.PrimeSieve;

/** CW: checks a sensor's reading; its work is a sieve of Eratosthenes up to 500,000. */
public final class CheckSensor implements Task<Reading, SensorCheck> {

    /**
     * Checks one reading.
     *
     * @param reading the reading
     * @param context unused: the task calls nothing
     * @return whether the reading is plausible, and the sieve's prime count
     */
    @Override
    public SensorCheck run(Reading reading, TaskContext context) {
        int primes = PrimeSieve.countPrimesUpTo(PrimeSieve.EVALUATION_LIMIT);
        boolean valid = IotRules.isPlausible(reading.kind(), reading.value());
        return new SensorCheck(reading.sensorId(), valid, primes);
    }
}
