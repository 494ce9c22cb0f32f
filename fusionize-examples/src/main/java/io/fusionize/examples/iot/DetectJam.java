package io.fusionize.examples.iot;

import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import io.fusionize.examples.iot.model.JamCheck;
import io.fusionize.examples.iot.model.Reading;
import io.fusionize.examples.work.CpuWorkers;
import java.util.Objects;

/** DJ: detects a traffic jam with two parallel CPU workers, then records it (one write). */
public final class DetectJam implements Task<Reading, JamCheck> {

    private final IotStore store;

    /** @param store where the detection's outcome is written */
    public DetectJam(IotStore store) {
        this.store = Objects.requireNonNull(store, "store must not be null");
    }

    /**
     * Looks for a jam near one sensor.
     *
     * @param reading the air quality reading
     * @param context unused: the task calls nothing
     * @return whether a jam was detected, and the workers' checksum
     * @throws InterruptedException when interrupted while the workers run
     */
    @Override
    public JamCheck run(Reading reading, TaskContext context) throws InterruptedException {
        double checksum = CpuWorkers.runEvaluationWork();
        boolean jam = IotRules.isJam(reading.value());
        store.saveJamCheck(reading.requestKey(), reading.sensorId(), reading.value(), jam);
        return new JamCheck(reading.sensorId(), jam, checksum);
    }
}
