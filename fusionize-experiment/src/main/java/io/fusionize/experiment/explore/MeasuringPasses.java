package io.fusionize.experiment.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import io.fusionize.core.setup.Setup;
import io.fusionize.experiment.report.SetupRun;
import io.fusionize.experiment.run.Measurement;
import io.fusionize.experiment.run.Measurer;
import io.fusionize.experiment.run.SetupMeasurer.BoundedLoad;

/**
 * Measures every setup once per pass, odd passes in the planned order and even passes in reverse:
 * other work on a shared machine drifts over minutes, and alternating the order spreads the drift
 * over all setups instead of handing it to the last ones. A stop request, an interrupt, or an error
 * ends the passes early; what was measured until then is kept.
 */
final class MeasuringPasses {

    private final Measurer measurer;
    private final BoundedLoad load;
    private final int passes;
    private final Consumer<String> log;
    private final BooleanSupplier stopped;

    /**
     * @param measurer deploys, loads and measures one setup
     * @param load every measurement's load
     * @param passes how many passes
     * @param log receives a line per measurement
     * @param stopped says when to stop before the next measurement
     */
    MeasuringPasses(Measurer measurer, BoundedLoad load, int passes, Consumer<String> log, BooleanSupplier stopped) {
        this.measurer = measurer;
        this.load = load;
        this.passes = passes;
        this.log = log;
        this.stopped = stopped;
    }

    /**
     * @param setups the setups, in the first pass's order
     * @return each measured setup's measurements by index, in pass order, and how the passes ended
     */
    Result measure(List<Setup> setups) {
        Map<Integer, List<Measurement>> measured = new TreeMap<>();
        for (int pass = 1; pass <= passes; pass++) {
            for (int index : order(setups.size(), pass)) {
                if (stopped.getAsBoolean()) {
                    return Result.ended(measured, Optional.empty());
                }
                try {
                    Measurement measurement = measurer.measure(SetupRun.setupName(index), setups.get(index), load);
                    measured.computeIfAbsent(index, i -> new ArrayList<>()).add(measurement);
                    log.accept(line(index, setups.size(), pass, measurement));
                } catch (InterruptedException e) {
                    return Result.ended(measured, Optional.empty());
                } catch (RuntimeException e) {
                    return Result.ended(measured, stopped.getAsBoolean() ? Optional.empty() : Optional.of(e));
                }
            }
        }
        return new Result(measured, true, Optional.empty());
    }

    private static List<Integer> order(int count, int pass) {
        return IntStream.range(0, count).map(i -> pass % 2 == 1 ? i : count - 1 - i).boxed().toList();
    }

    private String line(int index, int count, int pass, Measurement measurement) {
        SetupRun run = measurement.run();
        return String.format(Locale.ROOT, "setup %d of %d, pass %d of %d: %s: p50 %.1f ms, $%.4f per 1k requests, "
                + "%d of %d failed", index + 1, count, pass, passes, SetupSpace.text(measurement.setup()),
                run.latency().p50(), run.costPer1kUsd(), run.failed(), run.requests());
    }

    /**
     * What the passes measured.
     *
     * @param measurements each measured setup's measurements, by its index
     * @param complete whether every pass measured every setup
     * @param error what ended the passes, when it was not a stop
     */
    record Result(Map<Integer, List<Measurement>> measurements, boolean complete, Optional<RuntimeException> error) {

        // A stop may leave the interrupt set; what follows writes files and stops the platform.
        static Result ended(Map<Integer, List<Measurement>> measurements, Optional<RuntimeException> error) {
            Thread.interrupted();
            return new Result(measurements, false, error);
        }
    }
}
