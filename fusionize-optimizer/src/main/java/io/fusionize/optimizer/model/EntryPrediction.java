package io.fusionize.optimizer.model;

import java.util.Objects;

/**
 * The model's forecast for the root requests of one entry task.
 *
 * @param entryTask the entry task
 * @param requestShare its share of root requests, which its figures are weighted by
 * @param p50Ms the forecast median duration of its root function
 * @param meanMs the forecast mean duration of its root function
 */
public record EntryPrediction(String entryTask, double requestShare, double p50Ms, double meanMs) {

    /** Checks the parts. */
    public EntryPrediction {
        Objects.requireNonNull(entryTask, "entryTask must not be null");
    }
}
