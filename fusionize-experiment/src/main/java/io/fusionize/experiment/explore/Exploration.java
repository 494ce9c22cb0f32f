package io.fusionize.experiment.explore;

import java.time.Duration;
import java.util.Objects;

/**
 * A finished exploration: what it found and how it was made.
 *
 * @param application the application's name
 * @param workload each pass's load of a setup, in words
 * @param conditions the emulated overhead and the requests, in words
 * @param space how many setups the space holds
 * @param routings which routings were chosen, in words
 * @param passes the passes planned
 * @param planned how many setups were chosen for measuring
 * @param oracle the measured setups, the front and the best per objective
 * @param took how long the exploration took
 * @param stopped whether it ended before measuring everything planned
 */
public record Exploration(String application, String workload, String conditions, SpaceSize space, String routings,
        int passes, int planned, Oracle oracle, Duration took, boolean stopped) {

    /** Checks the parts. */
    public Exploration {
        Objects.requireNonNull(application, "application must not be null");
        Objects.requireNonNull(workload, "workload must not be null");
        Objects.requireNonNull(conditions, "conditions must not be null");
        Objects.requireNonNull(space, "space must not be null");
        Objects.requireNonNull(routings, "routings must not be null");
        Objects.requireNonNull(oracle, "oracle must not be null");
        Objects.requireNonNull(took, "took must not be null");
    }
}
