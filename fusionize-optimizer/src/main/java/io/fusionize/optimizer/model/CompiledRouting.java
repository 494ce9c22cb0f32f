package io.fusionize.optimizer.model;

/** Forecasts a routing compiled once by the model at any memory sizes. */
final class CompiledRouting implements RoutingForecast {

    private final PerformanceModel model;
    private final CompiledSetup compiled;

    CompiledRouting(PerformanceModel model, CompiledSetup compiled) {
        this.model = model;
        this.compiled = compiled;
    }

    @Override
    public int size() {
        return compiled.size();
    }

    @Override
    public int index(String entry) {
        return compiled.index(entry);
    }

    @Override
    public double[] latencyAndCost(int[] memoryMb) {
        return model.latencyAndCost(compiled, memoryMb);
    }
}
