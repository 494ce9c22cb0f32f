package io.fusionize.optimizer.model;

import io.fusionize.core.setup.Setup;
import java.util.List;
import java.util.Optional;

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

    /**
     * @param objective ranks forecasts
     * @param reference the setup whose functions, order and version candidates inherit
     * @param excluded setups never to return
     * @return a search of routings one call at a time that re-forecasts only what each change
     *     touches, when this forecaster offers one for the application; by default none
     */
    default Optional<TreeSearch> treeSearch(Objective objective, Setup reference, List<Setup> excluded) {
        return Optional.empty();
    }
}
