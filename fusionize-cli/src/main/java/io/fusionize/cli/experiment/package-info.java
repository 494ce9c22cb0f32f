/**
 * {@code fusionize experiment}: baselines, the optimizer's trajectory and the optimized setup,
 * measured on one workload, with a report.
 */
package io.fusionize.cli.experiment;
