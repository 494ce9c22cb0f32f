package io.fusionize.optimizer.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * Coordinate descent of the sizes of a {@link TreeRouting}, as {@link MemoryDescent} does it for a
 * compiled routing: each function in turn takes the allowed size that scores best with the others
 * fixed, and a function is tried again only when another one changed since, for at most four
 * passes. Each try re-forecasts one function and the path above it.
 */
final class TreeDescent {

    private static final int MAX_PASSES = 4;

    private final TreeRouting routing;
    private final TreeSizes sizes;
    private final DoubleSupplier score;
    private final ExcludedSizes excluded;

    /**
     * @param routing the routing, changed in place
     * @param sizes the sizes each function may get
     * @param score the objective of the routing as it stands
     * @param excluded size assignments never to settle on
     */
    TreeDescent(TreeRouting routing, TreeSizes sizes, DoubleSupplier score, ExcludedSizes excluded) {
        this.routing = routing;
        this.sizes = sizes;
        this.score = score;
        this.excluded = excluded;
    }

    /**
     * @return the score it settled on; {@link Double#MAX_VALUE} when no assignment it tried could be
     *     scored
     */
    double run() {
        int[] entries = entries();
        int[] triedAt = new int[entries.length];
        Arrays.fill(triedAt, -1);
        int step = 0;
        int lastChange = 0;
        double best = scoreNow();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            boolean improved = false;
            for (int i = 0; i < entries.length; i++, step++) {
                if (triedAt[i] >= lastChange) {
                    continue;
                }
                triedAt[i] = step;
                double settled = bestSize(entries[i], best);
                if (settled < best) {
                    best = settled;
                    lastChange = step;
                    improved = true;
                }
            }
            if (!improved) {
                break;
            }
        }
        return best;
    }

    private int[] entries() {
        List<Integer> entries = new ArrayList<>();
        for (int task = 0; task < routing.tasks(); task++) {
            if (routing.heads(task)) {
                entries.add(task);
            }
        }
        return entries.stream().mapToInt(Integer::intValue).toArray();
    }

    // Leaves the function at the allowed size that scores best, keeping its size on a tie, and returns that score.
    private double bestSize(int entry, double currentScore) {
        int current = routing.size(entry);
        int chosen = current;
        double best = currentScore;
        long allowed = sizes.allowed(routing, entry);
        for (long left = allowed & ~(1L << current); left != 0; left &= left - 1) {
            int size = Long.numberOfTrailingZeros(left);
            resize(entry, size);
            double score = scoreNow();
            if (score < best) {
                best = score;
                chosen = size;
            }
        }
        resize(entry, chosen);
        return best;
    }

    private void resize(int entry, int size) {
        if (routing.size(entry) != size) {
            excluded.resized(entry, routing.size(entry), size);
            routing.resize(entry, size);
        }
    }

    private double scoreNow() {
        if (excluded.hit()) {
            return Double.MAX_VALUE;
        }
        double value = score.getAsDouble();
        return Double.isNaN(value) ? Double.MAX_VALUE : value;
    }
}
