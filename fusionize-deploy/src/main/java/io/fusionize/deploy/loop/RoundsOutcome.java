package io.fusionize.deploy.loop;

import java.util.Locale;
import java.util.Objects;

/**
 * How a {@link RoundEngine}'s rounds ended.
 *
 * @param ending what ended them
 * @param last the decision that ended them, or {@code null} when a limit or a stop did
 */
public record RoundsOutcome(Ending ending, Decision last) {

    /** Checks the parts. */
    public RoundsOutcome {
        Objects.requireNonNull(ending, "ending must not be null");
    }

    /** @return the decision that ended the rounds, in words, or what stopped them */
    public String reason() {
        return last != null ? last.text() : ending.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** What can end the rounds. */
    public enum Ending {
        /** The optimizer converged. */
        CONVERGED,
        /** A decision changed nothing, so more rounds would measure the same. */
        SETTLED,
        /** The next setup would exceed the most setups to deploy. */
        DEPLOYMENT_LIMIT,
        /** The configured number of rounds was decided. */
        ROUND_LIMIT,
        /** Someone asked the engine to stop. */
        STOPPED
    }
}
