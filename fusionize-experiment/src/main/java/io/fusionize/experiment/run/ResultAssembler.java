package io.fusionize.experiment.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.fusionize.deploy.load.RequestOrigin;
import io.fusionize.deploy.loop.LoopOptions;
import io.fusionize.experiment.report.BlockPooling;
import io.fusionize.experiment.report.BlockRun;
import io.fusionize.experiment.report.ExperimentResult;
import io.fusionize.experiment.report.ExplorationEnd;
import io.fusionize.experiment.report.OptimizerRound;
import io.fusionize.experiment.report.PlatformSettings;
import io.fusionize.experiment.report.SetupRun;
import io.fusionize.monitor.SetupStatistics;

/** Puts an experiment's measurements together into the result its report shows. */
final class ResultAssembler {

    private final String application;
    private final WorkloadPlan plan;
    private final PlatformSettings platform;
    private final RequestOrigin requests;
    private final List<String> notes = new ArrayList<>();

    ResultAssembler(String application, WorkloadPlan plan, PlatformSettings platform, AppCalibration calibration,
            String optimizer, RequestOrigin requests) {
        this.application = application;
        this.plan = plan;
        this.platform = platform;
        this.requests = requests;
        notes.add("Calibration: " + calibration.basis() + ".");
        notes.add("Optimizer: " + describeOptimizer(optimizer) + ".");
        notes.add("Requests: " + requests.describe() + "; every round and every block sent the same sequence.");
    }

    /**
     * Orders the runs as the report shows them: baselines, rounds, then the optimized setup; each
     * compared setup's blocks pooled.
     */
    ExperimentResult assemble(List<MeasuredBlock> blocks, Trajectory trajectory) {
        List<BlockRun> reported = blocks.stream().map(MeasuredBlock::toReport).toList();
        List<SetupRun> runs = new ArrayList<>(List.of(pooled(reported, SetupRun.ALL_REMOTE),
                pooled(reported, SetupRun.ALL_LOCAL)));
        trajectory.rounds().forEach(round -> runs.add(round.run()));
        runs.add(pooled(reported, SetupRun.OPTIMIZED));
        noteOrder(blocks);
        notes.add("Exploration: " + trajectory.conclusion());
        blocks.forEach(block -> noteProblems(block.measurement(), blockName(block, blocks)));
        trajectory.rounds().forEach(round -> noteProblems(round, round.run().name()));
        trajectory.setAside().forEach(this::noteSetAside);
        trajectory.decisions().forEach(decision -> notes.add("Decision, " + decision));
        return new ExperimentResult(application, plan.description(), platform, plan.scale(), runs,
                optimizerRounds(trajectory), trajectory.deployments(), notes, reported, explorationEnd(trajectory),
                Optional.of(requests));
    }

    private static ExplorationEnd explorationEnd(Trajectory trajectory) {
        return switch (trajectory.ending()) {
            case CONVERGED -> ExplorationEnd.CONVERGED;
            case DEPLOYMENT_LIMIT -> ExplorationEnd.DEPLOYMENT_LIMIT;
            default -> ExplorationEnd.STOPPED;
        };
    }

    private static SetupRun pooled(List<BlockRun> blocks, String name) {
        return BlockPooling.pool(blocks.stream().filter(block -> block.setupName().equals(name)).toList());
    }

    private void noteOrder(List<MeasuredBlock> blocks) {
        long repetitions = blocks.stream().filter(block -> block.setupName().equals(SetupRun.OPTIMIZED)).count();
        notes.add("The compared setups (all-remote, all-local, optimized) were each deployed fresh for every block "
                + "and measured under " + plan.comparedLoad().description() + "; each optimizer round under "
                + plan.roundLoad().description() + ".");
        notes.add("Order: the optimizer's rounds ran first; then all-remote and optimized in " + repetitions
                + " alternating block" + (repetitions == 1 ? "" : "s") + " each, all-remote first; then all-local "
                + "once, last.");
    }

    private static String blockName(MeasuredBlock block, List<MeasuredBlock> blocks) {
        boolean repeated = blocks.stream().filter(other -> other.setupName().equals(block.setupName())).count() > 1;
        return block.setupName() + (repeated ? ", block " + block.block() : "");
    }

    private static List<OptimizerRound> optimizerRounds(Trajectory trajectory) {
        List<OptimizerRound> rounds = new ArrayList<>();
        for (int i = 0; i < trajectory.rounds().size(); i++) {
            Measurement first = trajectory.setAside().get(i + 1);
            if (first != null) {
                rounds.add(OptimizerRound.remeasured(i + 1, first.run()));
            }
            rounds.add(OptimizerRound.of(i + 1, trajectory.rounds().get(i).run()));
        }
        return rounds;
    }

    private void noteSetAside(int round, Measurement first) {
        SetupRun run = first.run();
        notes.add(String.format(Locale.ROOT, "%s was measured twice: the machine saturated during its first "
                + "measurement (CPU mean %.0f %%, p50 %.1f ms, $%.4f per 1k requests), so the setup was deployed "
                + "fresh and measured again, and the optimizer decided on the second.", SetupRun.roundName(round),
                run.cpu().mean() * 100, run.latency().p50(), run.costPer1kUsd()));
    }

    private void noteProblems(Measurement measurement, String name) {
        SetupStatistics statistics = measurement.statistics();
        if (statistics.errorRatio() > 0) {
            notes.add(String.format(Locale.ROOT, "%s: %.2f %% of invocations failed (%d timed out, %d out of memory, "
                    + "%d crashed).", name, statistics.errorRatio() * 100, statistics.timeouts(),
                    statistics.outOfMemory(), statistics.exitErrors()));
        }
        if (measurement.oversubscribedInvocations() > 0) {
            notes.add(String.format(Locale.ROOT, "%s: %d invocations ran while the instances' CPU quotas added up "
                    + "to more than the machine's cores.", name, measurement.oversubscribedInvocations()));
        }
        if (measurement.run().requests() > statistics.sampleSize()) {
            notes.add(String.format(Locale.ROOT, "%s: the monitor joined %d of %d root requests; cost and "
                    + "invocations per request are computed over those.", name, statistics.sampleSize(),
                    measurement.run().requests()));
        }
    }

    private static String describeOptimizer(String optimizer) {
        return Map.of(LoopOptions.FUSIONIZE_OPTIMIZER, "the Fusionize++ heuristic (--optimizer fusionize)",
                LoopOptions.MODEL_OPTIMIZER, "the model-based optimizer, which forecasts setups before deploying "
                        + "them (--optimizer model)").getOrDefault(optimizer, optimizer);
    }
}
