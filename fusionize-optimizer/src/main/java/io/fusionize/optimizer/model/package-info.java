/**
 * The model-based optimizer: a {@link io.fusionize.optimizer.model.PerformanceModel} fitted to
 * measured history forecasts the root latency and cost of any setup before it is deployed, and
 * the {@link io.fusionize.optimizer.model.ModelOptimizer} deploys the setups it forecasts best,
 * checks each forecast against its measurement, and refines the model until no untried setup
 * promises more.
 *
 * <p>Public types state the API: the optimizer, the model, its options, forecasts and checks, and
 * what it learned per task. Package-private types are its parts: observations, the CPU/waiting fit,
 * compiled setups, the routing space and the candidate search.
 */
package io.fusionize.optimizer.model;
