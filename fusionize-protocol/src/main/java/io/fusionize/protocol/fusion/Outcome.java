package io.fusionize.protocol.fusion;

/** How an invocation ended. */
public enum Outcome {
    /** The entry task returned a result. */
    SUCCESS,
    /** The entry task threw. */
    ERROR
}
