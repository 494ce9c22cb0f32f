package io.fusionize.bench.optimizer;

import io.fusionize.optimizer.Proposal;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * One decision with its wall-clock time and the CPU time of the thread that made it: the
 * optimizers decide on one thread, so its CPU time is what the decision costs, whatever else the
 * machine runs meanwhile.
 *
 * @param proposal the decision
 * @param wallMs its wall-clock time
 * @param cpuMs its thread's CPU time
 */
record TimedDecision(Proposal proposal, double wallMs, double cpuMs) {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static TimedDecision of(DecisionFixture fixture) {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        Proposal proposal = fixture.decide();
        return new TimedDecision(proposal, (System.nanoTime() - wall) / 1e6,
                (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
    }
}
