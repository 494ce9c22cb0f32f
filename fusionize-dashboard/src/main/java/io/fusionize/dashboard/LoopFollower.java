package io.fusionize.dashboard;

import io.fusionize.core.setup.SetupDiff;
import io.fusionize.core.setup.SetupText;
import io.fusionize.deploy.loop.ControlLoop;
import io.fusionize.deploy.loop.Decision;
import io.fusionize.deploy.loop.LoopState;
import io.fusionize.deploy.loop.RoundDecider;
import io.fusionize.deploy.loop.RoundListener;
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.optimizer.History;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.IntFunction;

/**
 * Shows a running control loop: the setup serving, every round's decision with what it measured,
 * and, computed off the loop's thread, the model's forecast and Pareto front.
 */
public final class LoopFollower implements RoundListener {

    private final ControlLoop loop;
    private final DashboardModel model;
    private final Forecasts forecasts;
    private final Executor background;

    private LoopFollower(ControlLoop loop, DashboardModel model, Forecasts forecasts, Executor background) {
        this.loop = loop;
        this.model = model;
        this.forecasts = forecasts;
        this.background = background;
    }

    /**
     * Shows the loop's state now and every round from now on.
     *
     * @param loop a started loop
     * @param model what the page shows
     * @param forecasts forecasts each round's setup
     * @param background runs the forecasts
     * @return the follower, already listening
     */
    public static LoopFollower follow(ControlLoop loop, DashboardModel model, Forecasts forecasts,
            Executor background) {
        LoopFollower follower = new LoopFollower(Objects.requireNonNull(loop, "loop must not be null"),
                Objects.requireNonNull(model, "model must not be null"),
                Objects.requireNonNull(forecasts, "forecasts must not be null"),
                Objects.requireNonNull(background, "background must not be null"));
        LoopState state = loop.state();
        if (state != null && state.currentVersion() > 0) {
            follower.roundDone(state);
        }
        loop.addRoundListener(follower);
        return follower;
    }

    @Override
    public void decided(LoopState state, Decision decision) {
        int version = state.currentVersion();
        IntFunction<SetupStatistics> statistics = this::statistics;
        List<String> diff = decision.target() == null || decision.target().version() == version ? List.of()
                : SetupDiff.between(state.current().setup(), decision.target()).changes();
        int round = state.round() + 1;
        model.round(RoundRow.measured(round, SetupText.format(state.current().setup()), statistics.apply(version))
                .withDecision(decision.kind().name(), decision.text(), diff));
        History history = RoundDecider.history(state, statistics);
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
    public void roundDone(LoopState state) {
        model.serving(state.current().setup());
        model.status(String.format("round %d measuring v%d, %s", state.round() + 1, state.currentVersion(),
                state.converged() ? "converged" : "exploring"));
    }

    private SetupStatistics statistics(int version) {
        return loop.monitor().statistics(loop.state().application(), version);
    }
}
