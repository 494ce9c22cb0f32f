package io.fusionize.optimizer.model;

import io.fusionize.core.setup.Setup;

/** The model as the search's forecaster: each routing is compiled once. */
final class ModelForecaster implements Forecaster {

    private final PerformanceModel model;

    ModelForecaster(PerformanceModel model) {
        this.model = model;
    }

    @Override
    public Prediction forecast(Setup setup) {
        return model.predict(setup);
    }

    @Override
    public RoutingForecast routing(Setup sample) {
        return model.routing(sample);
    }
}
