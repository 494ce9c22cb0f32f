package io.fusionize.dashboard;

import io.fusionize.core.setup.SetupDiff;
import io.fusionize.core.setup.SetupText;
import io.fusionize.deploy.loop.Decision;
import io.fusionize.deploy.loop.LoopState;
import io.fusionize.deploy.loop.RoundDecider;
import io.fusionize.experiment.run.ExperimentObserver;
import io.fusionize.experiment.run.MeasuredBlock;
import io.fusionize.experiment.run.Measurement;
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.optimizer.History;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * Shows a running experiment or demo: each optimizer round as it is measured and decided, then each
 * block of the compared setups with its latency distribution.
 */
public final class ExperimentFollower implements ExperimentObserver {

    private final DashboardModel model;
    private final Forecasts forecasts;
    private final Executor background;
    private final Map<Integer, SetupStatistics> measured = new ConcurrentHashMap<>();
    private final Map<Integer, Integer> roundOfVersion = new ConcurrentHashMap<>();

    /**
     * @param model what the page shows
     * @param forecasts forecasts each round's setup
     * @param background runs the forecasts
     */
    public ExperimentFollower(DashboardModel model, Forecasts forecasts, Executor background) {
        this.model = Objects.requireNonNull(model, "model must not be null");
        this.forecasts = Objects.requireNonNull(forecasts, "forecasts must not be null");
        this.background = Objects.requireNonNull(background, "background must not be null");
    }

    @Override
    public void roundMeasured(int round, Measurement measurement) {
        int version = measurement.setup().version();
        measured.put(version, measurement.statistics());
        roundOfVersion.put(version, round);
        model.serving(measurement.setup());
        model.round(RoundRow.measured(round, SetupText.format(measurement.setup()), measurement.statistics()));
        model.status("optimizer round " + round + " measured v" + version);
    }

    @Override
    public void decided(LoopState state, Decision decision) {
        int version = state.currentVersion();
        Integer round = roundOfVersion.get(version);
        if (round == null) {
            return;
        }
        List<String> diff = decision.target() == null || decision.target().version() == version ? List.of()
                : SetupDiff.between(state.current().setup(), decision.target()).changes();
        model.round(model.round(round).orElseThrow().withDecision(decision.kind().name(), decision.text(), diff));
        History history = RoundDecider.history(state,
                v -> measured.getOrDefault(v, SetupStatistics.empty(state.application(), v)));
        background.execute(() -> {
            forecasts.check(history, version).ifPresent(check -> model.round(model.round(round).orElseThrow()
                    .withForecast(check.predicted().rootLatencyP50Ms(), check.predicted().costPer1000RootRequestsUsd())));
            List<ParetoPoint> front = forecasts.front(history);
            if (!front.isEmpty()) {
                model.pareto(front);
            }
        });
    }

    @Override
    public void blockMeasured(MeasuredBlock block) {
        Measurement measurement = block.measurement();
        model.serving(measurement.setup());
        model.compared(ComparedRow.of(block.setupName(), block.block(), SetupText.format(measurement.setup()),
                measurement.run().load(), measurement.statistics()));
        model.status("measured " + block.setupName() + ", block " + block.block());
    }
}
