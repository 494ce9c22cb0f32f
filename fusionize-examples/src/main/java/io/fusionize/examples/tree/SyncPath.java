package io.fusionize.examples.tree;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of the Tree's synchronous chain A, B, D, E: which tasks it passed and how long they
 * paused in total.
 *
 * @param seed the seed of the request, or {@code null}
 * @param tasks the tasks of the chain, caller first
 * @param pausedMillis the sum of the chain's pauses
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SyncPath(Long seed, List<String> tasks, long pausedMillis) {

    /**
     * Copies the task list, so that the path is immutable.
     *
     * @param seed the seed of the request, or {@code null}
     * @param tasks the tasks of the chain, caller first
     * @param pausedMillis the sum of the chain's pauses
     */
    public SyncPath {
        tasks = List.copyOf(tasks);
    }

    /**
     * @param seed the request's seed
     * @return the path of no task
     */
    public static SyncPath empty(Long seed) {
        return new SyncPath(seed, List.of(), 0);
    }

    /**
     * @param task the calling task
     * @param pauseMillis how long the caller paused
     * @return this path with the caller in front and its pause added
     */
    public SyncPath after(String task, long pauseMillis) {
        List<String> extended = new ArrayList<>(tasks.size() + 1);
        extended.add(task);
        extended.addAll(tasks);
        return new SyncPath(seed, extended, pausedMillis + pauseMillis);
    }
}
