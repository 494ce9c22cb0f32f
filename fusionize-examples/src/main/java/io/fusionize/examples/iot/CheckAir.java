package io.fusionize.examples.iot;

import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import io.fusionize.examples.iot.model.AirAnalysis;
import io.fusionize.examples.iot.model.JamCheck;
import io.fusionize.examples.iot.model.Reading;
import io.fusionize.examples.iot.model.SignageOrder;

/** CA: asks DetectJam about the air quality and, on a jam, orders a warning from ActionSignage. */
public final class CheckAir implements Task<Reading, AirAnalysis> {

    /** The text the signs show for a traffic jam. */
    public static final String JAM_WARNING = "TRAFFIC JAM AHEAD";

    /**
     * Analyses one air quality reading.
     *
     * @param reading the air quality reading
     * @param context used to call DetectJam and to order the warning
     * @return whether a jam was detected
     */
    @Override
    public AirAnalysis run(Reading reading, TaskContext context) {
        JamCheck jamCheck = context.call(IotApplication.DETECT_JAM, reading, JamCheck.class);
        if (jamCheck.jam()) {
            context.send(IotApplication.ACTION_SIGNAGE, new SignageOrder(reading.requestKey(),
                    reading.sensorId(), IotRules.JAM_WARNING_CHAIN, JAM_WARNING));
        }
        return new AirAnalysis(reading.sensorId(), jamCheck.jam());
    }
}
