package io.fusionize.dashboard;

import io.fusionize.core.setup.SetupText;
import io.fusionize.optimizer.History;
import io.fusionize.optimizer.model.ModelOptimizer;
import io.fusionize.optimizer.model.ModelOptions;
import io.fusionize.optimizer.model.PredictionCheck;
import java.util.List;
import java.util.Optional;

/**
 * What the performance model forecast for each round's setup before it ran, and its Pareto front
 * of untried setups. Forecasts are shown whichever optimizer runs; the front only when the model
 * optimizer runs, because only then does it choose the setups.
 */
public final class Forecasts {

    private final ModelOptimizer model;
    private final boolean front;

    /**
     * @param memorySizesMb the memory sizes the optimizer tries
     * @param optimizer the optimizer's name
     */
    public Forecasts(List<Integer> memorySizesMb, String optimizer) {
        this.model = new ModelOptimizer(ModelOptions.defaults().withMemorySizes(memorySizesMb));
        this.front = "model".equals(optimizer);
    }

    /**
     * @param history the rounds so far with their statistics
     * @param version a measured setup's version
     * @return the model's forecast for it from the rounds before it, next to its measurement
     */
    public Optional<PredictionCheck> check(History history, int version) {
        try {
            return model.check(history, version);
        } catch (RuntimeException e) {
            // The model needs measurements a young history may lack; then there is no forecast to show.
            return Optional.empty();
        }
    }

    /**
     * @param history the rounds so far with their statistics
     * @return the untried setups no other is forecast to beat on both latency and cost
     */
    public List<ParetoPoint> front(History history) {
        if (!front) {
            return List.of();
        }
        try {
            return model.paretoFront(history).stream().map(p -> new ParetoPoint(p.rootLatencyP50Ms(),
                    p.costPer1000RootRequestsUsd(), SetupText.format(p.setup()))).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
