package io.fusionize.reliability.apps;

/**
 * What the tasks of {@code loops} get.
 *
 * @param dir where {@code Echo} leaves a file per run
 * @param async whether {@code Recurse} starts the async loop instead of the sync one
 * @param hop how many calls led here
 */
public record LoopRequest(String dir, boolean async, int hop) {
}
