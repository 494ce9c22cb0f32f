package io.fusionize.optimizer.model;

import java.util.List;
import java.util.SplittableRandom;

/**
 * What each task of a {@link CallTree} takes at each configured memory size, computed once:
 * sizes are referred to by their position in ascending order, so that a forecast reads a table
 * instead of asking the model again.
 */
final class TaskTable {

    /** The most sizes a table holds: one bit each in a {@code long}. */
    static final int MAX_SIZES = Long.SIZE - 1;

    private static final long FINGERPRINT_SEED = 0x5EEDL;

    private final int[] sizesMb;
    private final double[] vcpus;
    private final double[][] ownMs;
    private final long[] predictable;
    private final long[] fingerprints;

    /**
     * @param tree the tasks
     * @param options the sizes and the CPU share model
     */
    TaskTable(CallTree tree, ModelOptions options) {
        List<Integer> sizes = options.memorySizesMb().stream().sorted().toList();
        if (sizes.size() > MAX_SIZES) {
            throw new IllegalArgumentException("at most " + MAX_SIZES + " memory sizes, had " + sizes.size());
        }
        this.sizesMb = sizes.stream().mapToInt(Integer::intValue).toArray();
        this.vcpus = sizes.stream().mapToDouble(options::vcpus).toArray();
        this.ownMs = new double[tree.size()][];
        this.predictable = new long[tree.size()];
        this.fingerprints = new long[tree.size()];
        SplittableRandom random = new SplittableRandom(FINGERPRINT_SEED);
        for (int task = 0; task < tree.size(); task++) {
            fill(task, tree.profile(task), options);
            fingerprints[task] = random.nextLong();
        }
    }

    // A size the task cannot be forecast at gets NaN and no bit.
    private void fill(int task, TaskProfile profile, ModelOptions options) {
        ownMs[task] = new double[sizesMb.length];
        for (int size = 0; size < sizesMb.length; size++) {
            boolean known = profile.predictableAt(sizesMb[size]);
            ownMs[task][size] = known ? profile.ownMs(sizesMb[size], options) : Double.NaN;
            predictable[task] |= known ? 1L << size : 0;
        }
    }

    /** @return how many sizes there are */
    int sizes() {
        return sizesMb.length;
    }

    /**
     * @param size a size's position
     * @return that size in MB
     */
    int sizeMb(int size) {
        return sizesMb[size];
    }

    /**
     * @param size a size's position
     * @return the vCPUs it buys
     */
    double vcpus(int size) {
        return vcpus[size];
    }

    /**
     * @param task a task's number
     * @param size a size's position
     * @return the task's own duration per run at that size; {@code NaN} when it cannot be forecast
     */
    double ownMs(int task, int size) {
        return ownMs[task][size];
    }

    /**
     * @param task a task's number
     * @return one bit per size position the task can be forecast at
     */
    long predictable(int task) {
        return predictable[task];
    }

    /**
     * @param task a task's number
     * @return a fixed random number for it; sums of these tell sets of tasks apart
     */
    long fingerprint(int task) {
        return fingerprints[task];
    }
}
