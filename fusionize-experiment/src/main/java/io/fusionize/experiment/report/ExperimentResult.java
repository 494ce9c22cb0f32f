package io.fusionize.experiment.report;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.fusionize.deploy.load.RequestOrigin;
import io.fusionize.deploy.load.ScaleFactor;

/**
 * Everything one experiment measured: the setups side by side on one workload, and the
 * optimizer's path to its final setup.
 *
 * @param app the application's name
 * @param workload the workload's description, scaling included
 * @param platform the platform settings it ran under
 * @param scale how the workload's arrival rates were scaled for this machine
 * @param runs the measured setups, in the order to show them; names unique
 * @param trajectory the optimizer's rounds, in order
 * @param deploymentsToConverge how many setups the optimizer deployed before it converged
 * @param notes further findings in words, e.g. why exploration ended; shown as a list
 * @param blocks the compared setups' blocks, in the order they were measured; a compared run is
 *     its blocks pooled. Empty when the runs were not measured in blocks.
 * @param explorationEnd how the optimizer's rounds ended; unless {@link ExplorationEnd#CONVERGED},
 *     {@code deploymentsToConverge} counts the setups deployed before they stopped
 * @param requests where the loads' requests came from, and their seed; empty when not recorded
 */
public record ExperimentResult(String app, String workload, PlatformSettings platform, ScaleFactor scale,
        List<SetupRun> runs, List<OptimizerRound> trajectory, int deploymentsToConverge, List<String> notes,
        List<BlockRun> blocks, ExplorationEnd explorationEnd, Optional<RequestOrigin> requests) {

    /** Checks the parts and freezes the lists. */
    public ExperimentResult {
        Objects.requireNonNull(app, "app must not be null");
        Objects.requireNonNull(workload, "workload must not be null");
        Objects.requireNonNull(platform, "platform must not be null");
        Objects.requireNonNull(scale, "scale must not be null");
        runs = List.copyOf(Objects.requireNonNull(runs, "runs must not be null"));
        trajectory = List.copyOf(Objects.requireNonNull(trajectory, "trajectory must not be null"));
        notes = List.copyOf(Objects.requireNonNull(notes, "notes must not be null"));
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks must not be null"));
        Objects.requireNonNull(explorationEnd, "explorationEnd must not be null");
        Objects.requireNonNull(requests, "requests must not be null");
        if (deploymentsToConverge < 0) {
            throw new IllegalArgumentException("deploymentsToConverge must not be negative, was " + deploymentsToConverge);
        }
        requireUniqueNames(runs);
    }

    /**
     * An experiment that does not say where its requests came from.
     *
     * @param app the application's name
     * @param workload the workload's description, scaling included
     * @param platform the platform settings it ran under
     * @param scale how the workload's arrival rates were scaled for this machine
     * @param runs the measured setups, in the order to show them; names unique
     * @param trajectory the optimizer's rounds, in order
     * @param deploymentsToConverge how many setups the optimizer deployed before it converged
     * @param notes further findings in words
     * @param blocks the compared setups' blocks, in the order they were measured
     * @param explorationEnd how the optimizer's rounds ended
     */
    public ExperimentResult(String app, String workload, PlatformSettings platform, ScaleFactor scale,
            List<SetupRun> runs, List<OptimizerRound> trajectory, int deploymentsToConverge, List<String> notes,
            List<BlockRun> blocks, ExplorationEnd explorationEnd) {
        this(app, workload, platform, scale, runs, trajectory, deploymentsToConverge, notes, blocks, explorationEnd,
                Optional.empty());
    }

    /**
     * An experiment whose optimizer converged.
     *
     * @param app the application's name
     * @param workload the workload's description, scaling included
     * @param platform the platform settings it ran under
     * @param scale how the workload's arrival rates were scaled for this machine
     * @param runs the measured setups, in the order to show them; names unique
     * @param trajectory the optimizer's rounds, in order
     * @param deploymentsToConverge how many setups the optimizer deployed before it converged
     * @param notes further findings in words
     * @param blocks the compared setups' blocks, in the order they were measured
     */
    public ExperimentResult(String app, String workload, PlatformSettings platform, ScaleFactor scale,
            List<SetupRun> runs, List<OptimizerRound> trajectory, int deploymentsToConverge, List<String> notes,
            List<BlockRun> blocks) {
        this(app, workload, platform, scale, runs, trajectory, deploymentsToConverge, notes, blocks,
                ExplorationEnd.CONVERGED);
    }

    /**
     * An experiment whose runs were not measured in blocks.
     *
     * @param app the application's name
     * @param workload the workload's description, scaling included
     * @param platform the platform settings it ran under
     * @param scale how the workload's arrival rates were scaled for this machine
     * @param runs the measured setups, in the order to show them; names unique
     * @param trajectory the optimizer's rounds, in order
     * @param deploymentsToConverge how many setups the optimizer deployed before it converged
     * @param notes further findings in words
     */
    public ExperimentResult(String app, String workload, PlatformSettings platform, ScaleFactor scale,
            List<SetupRun> runs, List<OptimizerRound> trajectory, int deploymentsToConverge, List<String> notes) {
        this(app, workload, platform, scale, runs, trajectory, deploymentsToConverge, notes, List.of());
    }

    /**
     * An experiment without notes.
     *
     * @param app the application's name
     * @param workload the workload's description, scaling included
     * @param platform the platform settings it ran under
     * @param scale how the workload's arrival rates were scaled for this machine
     * @param runs the measured setups, in the order to show them; names unique
     * @param trajectory the optimizer's rounds, in order
     * @param deploymentsToConverge how many setups the optimizer deployed before it converged
     */
    public ExperimentResult(String app, String workload, PlatformSettings platform, ScaleFactor scale,
            List<SetupRun> runs, List<OptimizerRound> trajectory, int deploymentsToConverge) {
        this(app, workload, platform, scale, runs, trajectory, deploymentsToConverge, List.of());
    }

    private static void requireUniqueNames(List<SetupRun> runs) {
        Set<String> seen = new HashSet<>();
        for (SetupRun run : runs) {
            if (!seen.add(run.name())) {
                throw new IllegalArgumentException("setup run '" + run.name() + "' appears more than once");
            }
        }
    }

    /**
     * @param name a setup run's name
     * @return the run of that name, if any
     */
    public Optional<SetupRun> run(String name) {
        return runs.stream().filter(run -> run.name().equals(name)).findFirst();
    }

    /**
     * @param name a setup run's name
     * @return that setup's blocks, in order; empty when it was not measured in blocks
     */
    public List<BlockRun> blocksOf(String name) {
        return blocks.stream().filter(block -> block.setupName().equals(name)).toList();
    }

    /** @return the all-remote run that other setups are compared against, if measured */
    public Optional<SetupRun> baseline() {
        return run(SetupRun.ALL_REMOTE);
    }
}
