package io.fusionize.experiment.run;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import io.fusionize.deploy.load.LoadProfile;
import io.fusionize.deploy.load.LoadProfiles;
import io.fusionize.deploy.load.RateProfile;
import io.fusionize.deploy.load.ScaleFactor;

/**
 * The loads an experiment sends: the workload every compared setup gets, scaled to the machine,
 * and the steady load of each optimizer round.
 *
 * @param workload the compared setups' workload, scaled
 * @param scale how its arrival rates were scaled
 * @param maxRequests the most requests of the workload to send (the quick experiment sends fewer)
 * @param maxDuration the longest the workload may send (the quick experiment sends shorter)
 * @param rounds the optimizer rounds' load
 * @param coldStartSpacing the spacing of a cold-start workload's requests
 * @param warmUpLength how long the unmeasured warm-up before each measured load runs
 */
public record WorkloadPlan(LoadProfile workload, ScaleFactor scale, int maxRequests, Duration maxDuration,
        LoadProfile rounds, Duration coldStartSpacing, Duration warmUpLength) {

    /** The paper's optimization load: a constant 10 requests per second, before scaling. */
    public static final double PAPER_ROUND_RATE = 10;
    /** How long a cold-start request and its async work may take, beyond the keep-alive. */
    public static final Duration COLD_START_SETTLE = Duration.ofSeconds(10);
    /** The most requests the quick experiment sends of a cold-start workload. */
    public static final int QUICK_COLD_STARTS = 10;
    /** The longest the quick experiment sends a rate workload. */
    public static final Duration QUICK_WORKLOAD_LENGTH = Duration.ofSeconds(30);

    /** Checks the parts. */
    public WorkloadPlan {
        Objects.requireNonNull(workload, "workload must not be null");
        Objects.requireNonNull(scale, "scale must not be null");
        Objects.requireNonNull(maxDuration, "maxDuration must not be null");
        Objects.requireNonNull(rounds, "rounds must not be null");
        Objects.requireNonNull(coldStartSpacing, "coldStartSpacing must not be null");
        Objects.requireNonNull(warmUpLength, "warmUpLength must not be null");
    }

    /**
     * @param options the experiment's options
     * @param calibration what one request costs this machine
     * @return the plan
     * @throws IllegalArgumentException when the workload's short form is invalid
     */
    public static WorkloadPlan resolve(ExperimentOptions options, AppCalibration calibration) {
        Duration spacing = options.keepAlive().plus(COLD_START_SETTLE);
        LoadProfile parsed = LoadProfiles.parse(options.workload(), spacing);
        ScaleFactor scale = parsed instanceof RateProfile rates
                ? ScaleFactor.fit(options.cores(), calibration.cpuSecondsPerRequest(), rates.peakRate(),
                        options.targetUtilization())
                : new ScaleFactor(1, unscaledBasis(options));
        LoadProfile workload = scale.applyTo(parsed);
        int maxRequests = options.quick() && options.coldStartWorkload() ? QUICK_COLD_STARTS : Integer.MAX_VALUE;
        Duration maxDuration = options.quick() && parsed instanceof RateProfile ? QUICK_WORKLOAD_LENGTH
                : Duration.ofHours(1);
        LoadProfile rounds = isConstant(options.workload()) ? workload : steadyRounds(options, calibration);
        return new WorkloadPlan(workload, scale, maxRequests, maxDuration, rounds, spacing, options.warmUp());
    }

    private static boolean isConstant(String workload) {
        return workload.strip().startsWith("constant:");
    }

    private static LoadProfile steadyRounds(ExperimentOptions options, AppCalibration calibration) {
        ScaleFactor fit = ScaleFactor.fit(options.cores(), calibration.cpuSecondsPerRequest(), PAPER_ROUND_RATE,
                options.targetUtilization());
        double rate = Math.min(PAPER_ROUND_RATE * fit.factor(), calibration.maxRoundRate());
        return LoadProfiles.constant(rate, options.roundLength());
    }

    private static String unscaledBasis(ExperimentOptions options) {
        return options.coldStartWorkload()
                ? "cold-start requests are spaced past the keep-alive; no rate to scale"
                : "replayed arrival times are kept as recorded";
    }

    /**
     * @return the compared setups' load, with its bounds; a rate workload is preceded by a warm-up
     *     at its starting rate, so that a burst still has to scale out, while cold-start and replay
     *     workloads start cold
     */
    public SetupMeasurer.BoundedLoad comparedLoad() {
        Optional<LoadProfile> warmUp = workload instanceof RateProfile rates
                ? Optional.of(LoadProfiles.constant(rates.segments().get(0).startRate(), warmUpLength))
                : Optional.empty();
        return new SetupMeasurer.BoundedLoad(workload, maxRequests, maxDuration, warmUp);
    }

    /** @return each optimizer round's load, with its bounds, after a warm-up at the round's rate */
    public SetupMeasurer.BoundedLoad roundLoad() {
        Optional<LoadProfile> warmUp = rounds instanceof RateProfile rates
                ? Optional.of(LoadProfiles.constant(rates.peakRate(), warmUpLength))
                : Optional.empty();
        return new SetupMeasurer.BoundedLoad(rounds, Integer.MAX_VALUE, maxDuration, warmUp);
    }

    /** @return the workload as reports name it, with its bounds */
    public String description() {
        StringBuilder text = new StringBuilder(workload.description());
        if (maxRequests != Integer.MAX_VALUE) {
            text.append(String.format(Locale.ROOT, ", at most %d requests", maxRequests));
        }
        if (maxDuration.compareTo(Duration.ofHours(1)) < 0) {
            text.append(String.format(Locale.ROOT, ", cut at %d s", maxDuration.toSeconds()));
        }
        return text.toString();
    }
}
