package io.fusionize.optimizer.model;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.monitor.FunctionStatistics;
import io.fusionize.optimizer.DeployedSetup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The calibration setup: the initial setup again, with each measured function at a second size, so
 * that its task's CPU work can be told from its waiting. The second size buys a different CPU share
 * of at most one vCPU (above it, a task's thread count would blur the split), keeps the memory
 * headroom above the measured use (half the first size when use is unknown), and lies as far from
 * the first size as that allows, for the clearest contrast.
 */
final class CalibrationPlan {

    private CalibrationPlan() {
    }

    /**
     * @param reference the measured initial setup
     * @param options the sizes to choose from and the CPU share model
     * @return the calibration setup, if any function has a usable second size
     */
    static Optional<Setup> of(DeployedSetup reference, ModelOptions options) {
        List<FunctionSpec> functions = new ArrayList<>();
        boolean changed = false;
        MeasuredFunctions measured = MeasuredFunctions.of(reference.setup(), reference.statistics());
        for (FunctionSpec function : reference.setup().functions()) {
            Optional<Integer> second = measured.statistics(function)
                    .filter(f -> f.invocations() > 0)
                    .flatMap(f -> secondSize(function.memoryMb(), f, options));
            changed |= second.isPresent();
            functions.add(function.withMemoryMb(second.orElse(function.memoryMb())));
        }
        Setup setup = reference.setup();
        return changed ? Optional.of(new Setup(setup.application(), setup.version(), functions)) : Optional.empty();
    }

    private static Optional<Integer> secondSize(int first, FunctionStatistics measured, ModelOptions options) {
        double used = measured.maxMemoryUsedMb();
        double smallest = used > 0 ? options.memoryHeadroom() * used : first / 2.0;
        return options.memorySizesMb().stream()
                .filter(size -> size >= smallest && options.vcpus(size) <= 1)
                .filter(size -> options.vcpus(size) != options.vcpus(first))
                .max(Comparator.comparingDouble(size -> Math.abs(Math.log((double) size / first))));
    }
}
