/**
 * The parts of the Fusionize++ heuristic: setup comparisons, the fusion step and the memory step.
 * Not part of the public API; use {@link io.fusionize.optimizer.FusionizeHeuristic}.
 */
package io.fusionize.optimizer.internal;
