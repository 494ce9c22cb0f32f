package io.fusionize.deploy.loop;

import io.fusionize.core.setup.Setup;
import java.util.Objects;

/**
 * One setup the loop deployed, and what it decided about it.
 *
 * @param setup the setup, under its version
 * @param decision why it was deployed, in words
 * @param bad whether it was marked bad and rolled back
 * @param badReason what made it bad, or {@code null}
 */
public record LoopEntry(Setup setup, String decision, boolean bad, String badReason) {

    /** Checks the parts. */
    public LoopEntry {
        Objects.requireNonNull(setup, "setup must not be null");
        Objects.requireNonNull(decision, "decision must not be null");
    }

    /**
     * @param reason what made the setup bad
     * @return this entry marked bad
     */
    public LoopEntry markedBad(String reason) {
        return new LoopEntry(setup, decision, true, reason);
    }
}
