package io.fusionize.experiment.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import io.fusionize.core.setup.Setup;
import io.fusionize.experiment.report.SetupRun;

/**
 * Measures the compared setups on the experiment's workload: all-remote and the optimized setup in
 * alternating blocks (all-remote, optimized, all-remote, optimized, ...), then all-local once,
 * last, being slow and not the headline. Other work on a shared machine drifts over minutes;
 * alternation spreads that drift over both setups instead of handing it to one.
 */
final class ComparedSetups {

    private final Measurer measurer;
    private final SetupMeasurer.BoundedLoad load;
    private final int repetitions;
    private final Consumer<String> log;
    private final ExperimentObserver observer;

    /**
     * @param measurer measures each block
     * @param load every block's load
     * @param repetitions blocks of all-remote and of the optimized setup, each at least 1
     * @param log receives a line per block
     */
    ComparedSetups(Measurer measurer, SetupMeasurer.BoundedLoad load, int repetitions, Consumer<String> log) {
        this(measurer, load, repetitions, log, ExperimentObserver.NONE);
    }

    /**
     * @param measurer measures each block
     * @param load every block's load
     * @param repetitions blocks of all-remote and of the optimized setup, each at least 1
     * @param log receives a line per block
     * @param observer hears every measured block
     */
    ComparedSetups(Measurer measurer, SetupMeasurer.BoundedLoad load, int repetitions, Consumer<String> log,
            ExperimentObserver observer) {
        this.observer = Objects.requireNonNull(observer, "observer must not be null");
        this.measurer = Objects.requireNonNull(measurer, "measurer must not be null");
        this.load = Objects.requireNonNull(load, "load must not be null");
        this.log = Objects.requireNonNull(log, "log must not be null");
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions must be at least 1, was " + repetitions);
        }
        this.repetitions = repetitions;
    }

    /**
     * @param remote the all-remote setup
     * @param optimized the optimizer's setup
     * @param local the all-local setup
     * @return every block, in the order measured
     * @throws InterruptedException when interrupted
     */
    List<MeasuredBlock> measure(Setup remote, Setup optimized, Setup local) throws InterruptedException {
        List<MeasuredBlock> blocks = new ArrayList<>();
        for (int block = 1; block <= repetitions; block++) {
            blocks.add(measure(SetupRun.ALL_REMOTE, block, remote));
            blocks.add(measure(SetupRun.OPTIMIZED, block, optimized));
        }
        blocks.add(measure(SetupRun.ALL_LOCAL, 1, local));
        return blocks;
    }

    private MeasuredBlock measure(String name, int block, Setup setup) throws InterruptedException {
        log.accept("measuring " + name + (name.equals(SetupRun.ALL_LOCAL) ? "" : ", block " + block + " of "
                + repetitions));
        MeasuredBlock measured = new MeasuredBlock(block, measurer.measure(name, setup, load));
        log.accept(MeasurementLine.of(measured.measurement()));
        observer.blockMeasured(measured);
        return measured;
    }
}
