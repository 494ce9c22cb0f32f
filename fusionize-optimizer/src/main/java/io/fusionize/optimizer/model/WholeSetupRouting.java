package io.fusionize.optimizer.model;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import java.util.ArrayList;
import java.util.List;

/** Forecasts a routing at given memory sizes by forecasting the whole setup each time. */
final class WholeSetupRouting implements RoutingForecast {

    private final Forecaster forecaster;
    private final Setup sample;

    WholeSetupRouting(Forecaster forecaster, Setup sample) {
        this.forecaster = forecaster;
        this.sample = sample;
    }

    @Override
    public int size() {
        return sample.functions().size();
    }

    @Override
    public int index(String entry) {
        List<FunctionSpec> functions = sample.functions();
        for (int i = 0; i < functions.size(); i++) {
            if (functions.get(i).entry().equals(entry)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public double[] latencyAndCost(int[] memoryMb) {
        List<FunctionSpec> sized = new ArrayList<>();
        for (int i = 0; i < sample.functions().size(); i++) {
            sized.add(sample.functions().get(i).withMemoryMb(memoryMb[i]));
        }
        Prediction forecast = forecaster.forecast(new Setup(sample.application(), sample.version(), sized));
        return new double[] {forecast.rootLatencyP50Ms(), forecast.costPer1000RootRequestsUsd()};
    }
}
