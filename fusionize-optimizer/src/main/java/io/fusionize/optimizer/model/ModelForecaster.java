package io.fusionize.optimizer.model;

import io.fusionize.core.setup.Setup;
import java.util.List;
import java.util.Optional;

/**
 * The model as the search's forecaster: each routing is compiled once, and an application whose
 * calls form a forest is searched task by task.
 */
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

    // Only calls that form a forest can be forecast task by task.
    @Override
    public Optional<TreeSearch> treeSearch(Objective objective, Setup reference, List<Setup> excluded) {
        if (model.options().memorySizesMb().size() > TaskTable.MAX_SIZES) {
            return Optional.empty();
        }
        return CallTree.of(model).map(tree -> new TreeSearch(tree, model, objective, reference, excluded));
    }
}
