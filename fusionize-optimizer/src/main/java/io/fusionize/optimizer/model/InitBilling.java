package io.fusionize.optimizer.model;

import io.fusionize.monitor.FunctionStatistics;
import io.fusionize.optimizer.DeployedSetup;
import io.fusionize.optimizer.History;
import java.util.HashMap;
import java.util.Map;

/**
 * The init time a function is billed per invocation, as AWS bills managed runtimes: a cold start's
 * init duration is billed with the handler's. It is read off the monitor's figures, as the mean
 * billed duration minus the mean duration minus up to 1 ms of rounding up, per function entry task,
 * weighted by invocations over every measured setup. A fused function is taken to start as its
 * entry task's own function did.
 */
final class InitBilling {

    /** The most that rounding up each invocation to the next millisecond adds to the mean. */
    private static final double ROUNDING_MS = 1.0;

    private static final InitBilling NONE = new InitBilling(Map.of());

    private final Map<String, Double> initMsPerInvocation;

    private InitBilling(Map<String, Double> initMsPerInvocation) {
        this.initMsPerInvocation = Map.copyOf(initMsPerInvocation);
    }

    /**
     * @param history measured setups
     * @param initBilled whether the prices bill init at all
     * @return the init time per invocation of each entry task's function, none when not billed
     */
    static InitBilling learn(History history, boolean initBilled) {
        if (!initBilled) {
            return NONE;
        }
        Map<String, double[]> sums = new HashMap<>();
        for (DeployedSetup entry : history.good()) {
            entry.statistics().functions().stream().filter(InitBilling::coldAndBilled)
                    .forEach(f -> add(sums, f));
        }
        Map<String, Double> means = new HashMap<>();
        sums.forEach((task, sum) -> means.put(task, sum[0] / sum[1]));
        return new InitBilling(means);
    }

    private static boolean coldAndBilled(FunctionStatistics f) {
        return f.invocations() > 0 && f.coldStarts() > 0 && f.meanBilledDurationMs() > 0 && !f.duration().isEmpty();
    }

    private static void add(Map<String, double[]> sums, FunctionStatistics f) {
        double initMs = Math.max(0, f.meanBilledDurationMs() - f.duration().meanMs() - ROUNDING_MS);
        double[] sum = sums.computeIfAbsent(f.entryTask(), task -> new double[2]);
        sum[0] += initMs * f.invocations();
        sum[1] += f.invocations();
    }

    /**
     * @param entryTask a function's entry task
     * @return the init time billed per invocation of it, on average; 0 when never seen
     */
    double msPerInvocation(String entryTask) {
        return initMsPerInvocation.getOrDefault(entryTask, 0.0);
    }
}
