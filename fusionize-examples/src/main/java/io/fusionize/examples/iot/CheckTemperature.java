package io.fusionize.examples.iot;

import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import io.fusionize.examples.iot.model.Reading;
import io.fusionize.examples.iot.model.SignageOrder;
import io.fusionize.examples.iot.model.TemperatureCheck;
import io.fusionize.examples.work.CpuWorkers;

/** CT: analyses the temperature with two parallel CPU workers; orders an ice warning when cold. */
public final class CheckTemperature implements Task<Reading, TemperatureCheck> {

    /** The text the signs show for an ice warning. */
    public static final String ICE_WARNING = "ICE WARNING";

    /**
     * Analyses one temperature reading.
     *
     * @param reading the temperature reading
     * @param context used to order the warning from ActionSignage
     * @return whether an ice warning was ordered, and the workers' checksum
     * @throws InterruptedException when interrupted while the workers run
     */
    @Override
    public TemperatureCheck run(Reading reading, TaskContext context) throws InterruptedException {
        double checksum = CpuWorkers.runEvaluationWork();
        boolean iceWarning = IotRules.needsIceWarning(reading.value());
        if (iceWarning) {
            context.send(IotApplication.ACTION_SIGNAGE, new SignageOrder(reading.requestKey(),
                    reading.sensorId(), IotRules.ICE_WARNING_CHAIN, ICE_WARNING));
        }
        return new TemperatureCheck(reading.sensorId(), iceWarning, checksum);
    }
}
