package io.fusionize.optimizer.model;

/**
 * What remote calls on one edge cost the caller, as measured: for sync calls the caller's wait
 * minus the callee function's mean duration, for async calls the caller's wait to hand off.
 *
 * @param caller the calling task
 * @param callee the called task
 * @param sync whether the calls were sync
 * @param overheadMs the mean overhead per call
 * @param calls how many calls it averages
 */
record OverheadObservation(String caller, String callee, boolean sync, double overheadMs, long calls) {
}
