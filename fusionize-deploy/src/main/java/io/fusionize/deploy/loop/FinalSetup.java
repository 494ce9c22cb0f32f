package io.fusionize.deploy.loop;

import io.fusionize.core.setup.SetupText;
import io.fusionize.optimizer.DeployedSetup;
import java.util.Objects;
import java.util.Optional;

/**
 * The setup a {@link RoundEngine}'s rounds end on: the best setup measured with the complete
 * requests a round needs, or, when none was, the one serving at the end.
 *
 * @param setup the final setup with its statistics
 * @param measured whether it has the complete requests a round needs
 * @param replaced the setup that served last, when the final setup is another one
 */
public record FinalSetup(DeployedSetup setup, boolean measured, Optional<DeployedSetup> replaced) {

    /** Checks the parts. */
    public FinalSetup {
        Objects.requireNonNull(setup, "setup must not be null");
        Objects.requireNonNull(replaced, "replaced must not be null");
    }

    /** @return the final setup's version */
    public int version() {
        return setup.setup().version();
    }

    /** @return the final setup in compact text form, with its measured latency and cost */
    public String describe() {
        return "final setup v" + version() + ": " + SetupText.format(setup.setup()) + System.lineSeparator()
                + "measured: " + LoopStatus.describe(setup.statistics())
                + (measured ? "" : " (fewer complete requests than a round needs; no setup had enough)");
    }

    /** @return why the setup that served last is not the final one, when it is not */
    public Optional<String> replacement() {
        return replaced.map(last -> "ending on v" + version() + ", the best measured setup, rather than v"
                + last.setup().version() + ", which served last (" + LoopStatus.describe(last.statistics()) + ")");
    }
}
