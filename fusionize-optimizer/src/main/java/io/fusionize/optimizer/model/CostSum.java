package io.fusionize.optimizer.model;

/**
 * A sum of many terms that stays exact under change: the terms sit at the leaves of a binary tree
 * of partial sums (node {@code i} adds nodes {@code 2i} and {@code 2i + 1}, the terms are nodes
 * {@code n} to {@code 2n - 1}), so that changing one re-adds only its path, and the total depends on
 * the terms alone, not on the order they changed in. Undoing a change restores the very same total.
 */
final class CostSum {

    private final int leaves;
    private final double[] sums;

    /** @param terms how many terms there are, each 0 at first */
    CostSum(int terms) {
        this.leaves = Math.max(1, terms);
        this.sums = new double[2 * leaves];
    }

    /**
     * @param term a term's position
     * @param value its new value
     */
    void set(int term, double value) {
        int node = leaves + term;
        sums[node] = value;
        for (node /= 2; node >= 1; node /= 2) {
            sums[node] = sums[2 * node] + sums[2 * node + 1];
        }
    }

    /**
     * @param term a term's position
     * @return its value
     */
    double get(int term) {
        return sums[leaves + term];
    }

    /** @return the sum of every term */
    double total() {
        return sums[1];
    }
}
