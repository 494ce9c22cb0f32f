package io.fusionize.experiment.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.fusionize.experiment.report.ExperimentResult;
import io.fusionize.experiment.report.OptimizerRound;
import io.fusionize.experiment.report.PlatformSettings;
import io.fusionize.experiment.report.SetupRun;
import io.fusionize.monitor.SetupStatistics;

/** Puts an experiment's measurements together into the result its report shows. */
final class ResultAssembler {

    private final String application;
    private final WorkloadPlan plan;
    private final PlatformSettings platform;
    private final List<String> notes = new ArrayList<>();

    ResultAssembler(String application, WorkloadPlan plan, PlatformSettings platform, AppCalibration calibration) {
        this.application = application;
        this.plan = plan;
        this.platform = platform;
        notes.add("Calibration: " + calibration.basis() + ".");
    }

    /** Orders the runs as the report shows them: baselines, rounds, then the optimized setup. */
    ExperimentResult assemble(Measurement remote, Measurement local, Trajectory trajectory, Measurement optimized) {
        List<Measurement> all = new ArrayList<>(List.of(remote, local));
        all.addAll(trajectory.rounds());
        all.add(optimized);
        notes.add("The compared setups (all-remote, all-local, optimized) were each deployed fresh and measured under "
                + plan.comparedLoad().description() + "; each optimizer round under "
                + plan.roundLoad().description() + ".");
        notes.add("Order: the optimizer's rounds ran first, then all-remote, optimized and all-local back to back.");
        notes.add("Exploration: " + trajectory.conclusion());
        all.forEach(this::noteProblems);
        trajectory.decisions().forEach(decision -> notes.add("Decision, " + decision));
        List<OptimizerRound> rounds = new ArrayList<>();
        for (int i = 0; i < trajectory.rounds().size(); i++) {
            rounds.add(OptimizerRound.of(i + 1, trajectory.rounds().get(i).run()));
        }
        List<SetupRun> runs = all.stream().map(Measurement::run).toList();
        return new ExperimentResult(application, plan.description(), platform, plan.scale(), runs, rounds,
                trajectory.deployments(), notes);
    }

    private void noteProblems(Measurement measurement) {
        SetupStatistics statistics = measurement.statistics();
        String name = measurement.run().name();
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
}
