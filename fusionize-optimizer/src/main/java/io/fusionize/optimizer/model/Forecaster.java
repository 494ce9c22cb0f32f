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
        return new WholeSetupRouting(this, sample);
    }
}
