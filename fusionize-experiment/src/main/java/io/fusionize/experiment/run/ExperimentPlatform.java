package io.fusionize.experiment.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import io.fusionize.platform.NetworkOverhead;
import io.fusionize.platform.PlatformSettings;
import io.fusionize.storage.DataDirectory;

/**
 * How the embedded platform and the testbed of a measuring command are set up, defined once for
 * experiments and explorations: the emulated network overhead, the keep-alive, a generous init
 * timeout, class-data sharing off, every function's timeout and the example data directory.
 */
public final class ExperimentPlatform {

    /** Every function's timeout, in seconds. */
    public static final int FUNCTION_TIMEOUT_SECONDS = 60;
    /**
     * How long an instance may take to initialize. Lambda allows 10 s; a JVM starting on two cores
     * that other work keeps busy can need longer, and a refused start would count as a failure of
     * the setup rather than of the machine.
     */
    public static final Duration INIT_TIMEOUT = Duration.ofSeconds(30);

    private ExperimentPlatform() {
    }

    /**
     * @param options the experiment's options
     * @return the platform's settings for it
     */
    public static PlatformSettings settings(ExperimentOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        NetworkOverhead overhead = options.emulatedOverheadMs() > 0
                ? NetworkOverhead.fixed(Duration.ofNanos(Math.round(options.emulatedOverheadMs() * 1e6)))
                : NetworkOverhead.none();
        // Class-data-sharing archives are trained per code version, and every measurement deploys new code:
        // the training would compete for the CPU with the very loads being measured.
        return PlatformSettings.defaults().toBuilder().keepAlive(options.keepAlive()).networkOverhead(overhead)
                .initTimeout(INIT_TIMEOUT).classDataSharing(false).priceTable(options.prices()).build();
    }

    /**
     * @param options the experiment's options
     * @param state its prepared state directory
     * @return the testbed's options: the application, the state, the function timeout and the data directory
     */
    public static Testbed.TestbedOptions testbed(ExperimentOptions options, Path state) {
        Objects.requireNonNull(options, "options must not be null");
        return new Testbed.TestbedOptions(options.application(), state, FUNCTION_TIMEOUT_SECONDS,
                Map.of(DataDirectory.ENVIRONMENT_VARIABLE, state.resolve("data").toAbsolutePath().toString()));
    }
}
