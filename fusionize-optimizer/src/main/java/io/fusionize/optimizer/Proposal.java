package io.fusionize.optimizer;

import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupDiff;
import java.util.Objects;

/** What an {@link Optimizer} decides: deploy another setup, or stop exploring. */
public sealed interface Proposal {

    /** @return the decision in words: what changes, and why */
    String explanation();

    /**
     * Deploy this setup next.
     *
     * @param setup the setup, under the version after the history's newest
     * @param diff what changes from the setup it was derived from
     * @param reason why, in words
     */
    record NextSetup(Setup setup, SetupDiff diff, String reason) implements Proposal {

        /** Checks the parts. */
        public NextSetup {
            Objects.requireNonNull(setup, "setup must not be null");
            Objects.requireNonNull(diff, "diff must not be null");
            Objects.requireNonNull(reason, "reason must not be null");
        }

        @Override
        public String explanation() {
            return reason + " [" + diff + "]";
        }
    }

    /**
     * Exploration is over; run the best measured setup.
     *
     * @param best the best measured setup, under its own version
     * @param reason why exploration stopped and why this setup is best
     */
    record Converged(Setup best, String reason) implements Proposal {

        /** Checks the parts. */
        public Converged {
            Objects.requireNonNull(best, "best must not be null");
            Objects.requireNonNull(reason, "reason must not be null");
        }

        @Override
        public String explanation() {
            return reason;
        }
    }
}
