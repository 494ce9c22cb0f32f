package io.fusionize.optimizer.internal;

import io.fusionize.core.setup.Setup;

/**
 * One step of the heuristic: the setup it leads to, what it does and why.
 *
 * @param setup the changed setup, still under the version it was derived from
 * @param summary what changes, in a few words
 * @param why the evidence and reasoning behind it
 */
public record Change(Setup setup, String summary, String why) {

    /** @return the summary followed by the reason */
    public String describe() {
        return summary + ": " + why;
    }

    /**
     * @param note a remark to append to the reason
     * @return this change with the remark
     */
    public Change withNote(String note) {
        return new Change(setup, summary, why + "; " + note);
    }
}
