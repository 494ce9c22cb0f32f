package io.fusionize.optimizer.model;

import io.fusionize.core.setup.Setup;

/** Forecasts setups for the search; the model is one, a known ground truth another. */
interface Forecaster {

    /**
     * @param setup a setup
     * @return its forecast
     * @throws IllegalArgumentException when it cannot be forecast
     */
    Prediction forecast(Setup setup);

    /**
     * @param sample a setup whose routing matters, not its memory sizes
     * @return a forecaster of that routing at any memory sizes; by default each evaluation
     *     forecasts a whole setup
     */
    default RoutingForecast routing(Setup sample) {
        java.util.List<io.fusionize.core.setup.FunctionSpec> functions = sample.functions();
        return new RoutingForecast() {
            @Override
            public int size() {
                return functions.size();
            }

            @Override
            public int index(String entry) {
                for (int i = 0; i < functions.size(); i++) {
                    if (functions.get(i).entry().equals(entry)) {
                        return i;
                    }
                }
                return -1;
            }

            @Override
            public double[] latencyAndCost(int[] memoryMb) {
                java.util.List<io.fusionize.core.setup.FunctionSpec> sized = new java.util.ArrayList<>();
                for (int i = 0; i < functions.size(); i++) {
                    sized.add(functions.get(i).withMemoryMb(memoryMb[i]));
                }
                Prediction p = forecast(new Setup(sample.application(), sample.version(), sized));
                return new double[] {p.rootLatencyP50Ms(), p.costPer1000RootRequestsUsd()};
            }
        };
    }
}
