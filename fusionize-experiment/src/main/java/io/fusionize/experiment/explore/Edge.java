package io.fusionize.experiment.explore;

import java.util.Objects;

/**
 * One declared call of an application: the caller task, the callee and the kind of call. A routing
 * decides, per edge, whether the callee runs inline in the caller's function or remotely.
 *
 * @param caller the calling task
 * @param callee the called task
 * @param sync whether the call is sync; async otherwise
 */
public record Edge(String caller, String callee, boolean sync) {

    /** Checks the parts. */
    public Edge {
        Objects.requireNonNull(caller, "caller must not be null");
        Objects.requireNonNull(callee, "callee must not be null");
    }

    @Override
    public String toString() {
        return caller + (sync ? " -sync-> " : " -async-> ") + callee;
    }
}
