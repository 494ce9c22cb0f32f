package io.fusionize.cli.run;

import io.fusionize.deploy.loop.ControlLoop;
import io.fusionize.deploy.loop.LoopOptions;
import io.fusionize.optimizer.Optimizer;
import io.fusionize.optimizer.model.ModelOptimizer;
import io.fusionize.optimizer.model.ModelOptions;
import java.util.List;

/** The optimizers {@code fusionize run --optimizer} offers, by name. */
final class OptimizerChoice {

    /** The Fusionize++ heuristic: one fusion change per round, then one memory size per round. */
    static final String FUSIONIZE = LoopOptions.FUSIONIZE_OPTIMIZER;

    /** The model-based optimizer: forecasts setups from a performance model fitted to what was measured. */
    static final String MODEL = "model";

    /** Every name, in the order help shows them. */
    static final List<String> NAMES = List.of(FUSIONIZE, MODEL);

    private OptimizerChoice() {
    }

    /**
     * @param name an optimizer's name
     * @param options the loop's options; the optimizer tries their memory sizes
     * @return the optimizer
     * @throws IllegalArgumentException when the name is not one of {@link #NAMES}
     */
    static Optimizer create(String name, LoopOptions options) {
        if (FUSIONIZE.equals(name)) {
            return ControlLoop.optimizerFor(options);
        }
        if (MODEL.equals(name)) {
            return new ModelOptimizer(ModelOptions.defaults().withMemorySizes(options.memorySizesMb()));
        }
        throw new IllegalArgumentException("unknown optimizer '" + name + "'; choose " + String.join(" or ", NAMES));
    }
}
