package io.fusionize.optimizer.internal;

import java.util.Locale;

/**
 * A function's mean cost per invocation at one memory size.
 *
 * @param memoryMb the size
 * @param costUsd the mean cost per invocation
 * @param meanBilledMs the mean billed duration it was computed from
 */
record SizeCost(int memoryMb, double costUsd, double meanBilledMs) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d MB ($%.3g per invocation, %.1f ms billed)", memoryMb, costUsd,
                meanBilledMs);
    }
}
