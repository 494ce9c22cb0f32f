/**
 * A JUnit 5 test kit for Fusionize applications: {@link io.fusionize.testkit.FusionizeKit} runs an
 * application in-process under all-remote, all-local and random valid setups
 * ({@link io.fusionize.testkit.SetupMatrix}), checks that a request gives the same outcome under
 * each, shows each run's invocation records ({@link io.fusionize.testkit.RecordsView}), and makes
 * tasks fail or time out on demand.
 */
package io.fusionize.testkit;
