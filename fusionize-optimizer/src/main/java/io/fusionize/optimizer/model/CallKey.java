package io.fusionize.optimizer.model;

/**
 * One edge of the application's call graph, as fusion choices see it.
 *
 * @param caller the calling task
 * @param callee the called task
 * @param sync whether the caller waits for the result
 */
record CallKey(String caller, String callee, boolean sync) {

    @Override
    public String toString() {
        return caller + (sync ? " -> " : " ~> ") + callee;
    }
}
