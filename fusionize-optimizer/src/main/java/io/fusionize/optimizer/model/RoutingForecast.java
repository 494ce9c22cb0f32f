package io.fusionize.optimizer.model;

/** Forecasts one routing at many memory assignments, for the search. */
interface RoutingForecast {

    /** @return how many functions memory assignments cover */
    int size();

    /**
     * @param entry a function's entry task
     * @return its position in memory assignments, or -1 when root requests never reach it
     */
    int index(String entry);

    /**
     * @param memoryMb a memory size per function, by position
     * @return the median root latency and the cost per 1,000 root requests
     * @throws IllegalArgumentException when a function cannot be forecast at its size
     */
    double[] latencyAndCost(int[] memoryMb);
}
