/**
 * The setup model: which functions an application is deployed as, what each runs inline and how
 * much memory it has.
 *
 * <p>{@link io.fusionize.core.setup.SetupJson} and {@link io.fusionize.core.setup.SetupText} read
 * and write setups, {@link io.fusionize.core.setup.SetupValidator} checks one against its
 * application, {@link io.fusionize.core.setup.SetupGenerators} builds the baselines and
 * {@link io.fusionize.core.setup.SetupDiff} says what changes between two.
 */
package io.fusionize.core.setup;
