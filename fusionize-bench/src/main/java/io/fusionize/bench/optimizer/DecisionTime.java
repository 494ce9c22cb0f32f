package io.fusionize.bench.optimizer;

import io.fusionize.optimizer.Proposal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.ToDoubleFunction;

/**
 * Times one optimizer decision on synthetic applications of growing size, each run bounded: a
 * decision that takes longer than the bound is reported as not finished, and the sizes above it
 * are not tried.
 *
 * <pre>
 * java -cp fusionize-bench/target/benchmarks.jar io.fusionize.bench.optimizer.DecisionTime \
 *     --optimizer model --history calibrated --tasks 100,200,400 --runs 5 --timeout-seconds 60
 * </pre>
 */
public final class DecisionTime {

    private final DecisionTimeOptions options;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "decision");
        thread.setDaemon(true); // a decision past its bound cannot be stopped; it must not keep the JVM up
        return thread;
    });

    private DecisionTime(DecisionTimeOptions options) {
        this.options = options;
    }

    /**
     * Prints one line per size, then exits, also when a decision is still running past its bound.
     *
     * @param args {@code --optimizer heuristic|model}, {@code --history initial|calibrated},
     *     {@code --tasks 100,1000}, {@code --runs N}, {@code --warmups N}, {@code --timeout-seconds S}
     */
    public static void main(String[] args) {
        new DecisionTime(DecisionTimeOptions.parse(args)).measureAll();
        System.exit(0);
    }

    private void measureAll() {
        System.out.println(options);
        for (int index = 0; index < options.tasks().size(); index++) {
            int tasks = options.tasks().get(index);
            if (!measure(tasks)) {
                options.tasks().subList(index + 1, options.tasks().size()).forEach(larger ->
                        System.out.println(larger + " tasks: not tried, a smaller size did not finish"));
                return;
            }
        }
    }

    private boolean measure(int tasks) {
        long start = System.nanoTime();
        DecisionFixture fixture = bounded(() -> DecisionFixture.of(options.kind(), options.stage(), tasks));
        if (fixture == null) {
            System.out.println(tasks + " tasks: the history was not built within " + options.timeoutSeconds() + " s");
            return false;
        }
        double fixtureSeconds = (System.nanoTime() - start) / 1e9;
        List<TimedDecision> measured = new ArrayList<>();
        for (int run = 0; run < options.warmups() + options.runs(); run++) {
            TimedDecision decision = bounded(() -> TimedDecision.of(fixture));
            if (decision == null) {
                System.out.println(tasks + " tasks: a decision did not finish within " + options.timeoutSeconds()
                        + " s" + (measured.isEmpty() ? "" : " (finished: " + format(measured, TimedDecision::wallMs)
                        + " ms)"));
                return false;
            }
            if (run >= options.warmups()) {
                measured.add(decision);
            }
        }
        report(tasks, measured, fixtureSeconds);
        return true;
    }

    private static void report(int tasks, List<TimedDecision> measured, double fixtureSeconds) {
        System.out.println(String.format(Locale.ROOT, "%d tasks: median %.1f ms (CPU %.1f ms); runs %s ms, CPU %s ms;"
                + " history built in %.1f s; %s", tasks, median(measured, TimedDecision::wallMs),
                median(measured, TimedDecision::cpuMs), format(measured, TimedDecision::wallMs),
                format(measured, TimedDecision::cpuMs), fixtureSeconds,
                outcome(measured.get(measured.size() - 1).proposal())));
    }

    private <T> T bounded(Callable<T> work) {
        Future<T> result = worker.submit(work);
        try {
            return result.get(options.timeoutSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException late) {
            result.cancel(true);
            return null;
        } catch (ExecutionException failed) {
            throw new IllegalStateException("the decision failed: " + failed.getCause(), failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a decision", interrupted);
        }
    }

    private static String outcome(Proposal proposal) {
        if (proposal instanceof Proposal.NextSetup next) {
            return "proposes v" + next.setup().version() + " with " + next.setup().functions().size() + " functions";
        }
        return "converged";
    }

    /**
     * @param runs measured decisions
     * @param figure which figure of each
     * @return the median of that figure
     */
    static double median(List<TimedDecision> runs, ToDoubleFunction<TimedDecision> figure) {
        double[] sorted = runs.stream().mapToDouble(figure).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String format(List<TimedDecision> runs, ToDoubleFunction<TimedDecision> figure) {
        return Arrays.toString(runs.stream().map(run -> String.format(Locale.ROOT, "%.1f", figure.applyAsDouble(run)))
                .toArray());
    }
}
