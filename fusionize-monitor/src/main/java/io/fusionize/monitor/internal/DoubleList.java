package io.fusionize.monitor.internal;

import java.util.Arrays;

/** A growable list of primitive doubles, to summarize many durations without boxing. */
final class DoubleList {

    private double[] values = new double[64];
    private int size;

    void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
