package io.fusionize.optimizer.model;

import io.fusionize.core.setup.FunctionSpec;
import java.util.Map;
import java.util.Set;

/**
 * One reached function of a compiled setup: what does not depend on its memory size, computed
 * once.
 *
 * @param spec the function, with the memory size of the setup it was compiled from
 * @param root its entry task's run
 * @param tasks the tasks that run in it
 * @param composition its entry and the tasks its calls run inline, by kind
 * @param cpuMs its CPU work per invocation, on one vCPU, as far as known
 * @param memoryNeedMb the largest measured memory need of its tasks; 0 when unknown
 * @param remoteCalls remote invocations it causes per invocation, by callee function index
 * @param remoteSyncCalls remote sync calls it waits for per invocation, its callees' included
 * @param correctionMs what measurements of the same composition add to the composed duration, or
 *     {@code NaN} when none was measured
 */
record CompiledFunction(FunctionSpec spec, TaskNode root, Set<String> tasks, Composition composition, double cpuMs,
                        double memoryNeedMb, Map<Integer, Double> remoteCalls, double remoteSyncCalls,
                        double correctionMs) {

    private static final double MIN_FRACTION_LEFT = 0.05;

    /**
     * @param memoryMb its memory size
     * @param durationsMs the durations of its callees, by index
     * @param options the CPU share model
     * @return its composed duration, before any correction
     */
    double rawMs(int memoryMb, double[] durationsMs, ModelOptions options) {
        return Math.max(root.spanMs(memoryMb, durationsMs, options), cpuMs / options.vcpus(memoryMb));
    }

    /**
     * @param rawMs its composed duration
     * @return the duration with the measured correction of its composition, if any
     */
    double correctedMs(double rawMs) {
        return corrected(rawMs, correctionMs);
    }

    /**
     * @param rawMs a function's composed duration
     * @param correctionMs the measured correction of its composition, or {@code NaN} when none
     * @return the duration with the correction, never below a small fraction of the composed one
     */
    static double corrected(double rawMs, double correctionMs) {
        return Double.isNaN(correctionMs) ? rawMs : Math.max(rawMs * MIN_FRACTION_LEFT, rawMs + correctionMs);
    }
}
