package io.fusionize.deploy.loop;

import io.fusionize.core.setup.Setup;
import java.util.Objects;

/**
 * What one round of the control loop decided.
 *
 * @param kind the kind of decision
 * @param target the setup to serve next, for kinds that change it; else {@code null}
 * @param text the decision in words: what changes and why
 */
public record Decision(Kind kind, Setup target, String text) {

    /** Checks the parts. */
    public Decision {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(text, "text must not be null");
        if (kind.changesSetup() && target == null) {
            throw new IllegalArgumentException(kind + " needs a target setup");
        }
    }

    /** The kinds of decision. */
    public enum Kind {
        /** Too few samples yet; the round goes on. */
        WAIT(false),
        /** Deploy the optimizer's next setup as a new version. */
        DEPLOY(true),
        /** Mark the current setup bad and serve the best good one again. */
        ROLLBACK(true),
        /** Exploration is over; serve the best setup. */
        CONVERGE(true),
        /** Converged already; the round only measured. */
        MONITOR(false),
        /** Something is wrong but there is nothing better to go to. */
        KEEP(false);

        private final boolean changesSetup;

        Kind(boolean changesSetup) {
            this.changesSetup = changesSetup;
        }

        /** @return whether decisions of this kind name a setup to serve */
        public boolean changesSetup() {
            return changesSetup;
        }
    }
}
