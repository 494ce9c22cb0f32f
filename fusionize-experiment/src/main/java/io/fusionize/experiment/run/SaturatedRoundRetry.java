package io.fusionize.experiment.run;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import io.fusionize.core.setup.Setup;
import io.fusionize.experiment.machine.CpuUtilization;

/**
 * Measures an optimizer round's setup, and measures it once more, deployed fresh, when the machine
 * saturated during the first measurement: a round that waited for CPU other work held would
 * mislead the optimizer. The second measurement is the one the round's decision uses, whatever its
 * own CPU; there is at most one more per round.
 */
final class SaturatedRoundRetry {

    private final Measurer measurer;
    private final Consumer<String> log;

    /**
     * @param measurer measures the round's setup
     * @param log receives a line when a round is measured again
     */
    SaturatedRoundRetry(Measurer measurer, Consumer<String> log) {
        this.measurer = Objects.requireNonNull(measurer, "measurer must not be null");
        this.log = Objects.requireNonNull(log, "log must not be null");
    }

    /**
     * @param first a round's first measurement
     * @return whether the round must be measured again: the machine saturated during it
     */
    static boolean needsAnotherMeasurement(Measurement first) {
        return first.run().cpu().saturated();
    }

    /**
     * @param name the round's name, {@code round-N}
     * @param setup the round's setup
     * @param load the round's load
     * @return the measurement to decide on, with the one set aside, if any
     * @throws InterruptedException when interrupted
     */
    RoundMeasurement measure(String name, Setup setup, SetupMeasurer.BoundedLoad load) throws InterruptedException {
        Measurement first = measurer.measure(name, setup, load);
        if (!needsAnotherMeasurement(first)) {
            return new RoundMeasurement(first, Optional.empty());
        }
        log.accept(name + ": the machine saturated (" + describe(first.run().cpu()) + "); measuring the setup again, "
                + "deployed fresh, and deciding on that measurement");
        return new RoundMeasurement(measurer.measure(name, setup, load), Optional.of(first));
    }

    private static String describe(CpuUtilization cpu) {
        return String.format(Locale.ROOT, "CPU mean %.0f %%, %.0f %% of intervals busy", cpu.mean() * 100,
                cpu.busyShare() * 100);
    }

    /**
     * A round's measurement.
     *
     * @param decided the measurement the optimizer's decision uses
     * @param setAside the first measurement, when the machine saturated during it
     */
    record RoundMeasurement(Measurement decided, Optional<Measurement> setAside) {

        /** Checks the parts. */
        RoundMeasurement {
            Objects.requireNonNull(decided, "decided must not be null");
            Objects.requireNonNull(setAside, "setAside must not be null");
        }
    }
}
