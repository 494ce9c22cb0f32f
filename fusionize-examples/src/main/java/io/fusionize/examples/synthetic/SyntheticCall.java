package io.fusionize.examples.synthetic;

import java.util.Objects;

/**
 * One call a synthetic task makes.
 *
 * @param callee the called task
 * @param sync whether the caller waits for its result
 */
public record SyntheticCall(String callee, boolean sync) {

    /** Checks the callee. */
    public SyntheticCall {
        Objects.requireNonNull(callee, "callee must not be null");
    }
}
