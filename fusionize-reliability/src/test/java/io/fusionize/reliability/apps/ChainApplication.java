package io.fusionize.reliability.apps;

import io.fusionize.api.Application;
import io.fusionize.api.ApplicationProvider;
import io.fusionize.api.Calls;

/**
 * {@code chain}: the entry {@code Chain} calls {@code Hold} synchronously; {@code Hold} writes its
 * process id to a file and, when asked to, waits until the test releases it, so that the test can
 * kill its instance in the middle of the chain.
 */
public final class ChainApplication implements ApplicationProvider {

    /** The application's name. */
    public static final String NAME = "chain";

    @Override
    public Application application() {
        return Application.builder(NAME)
                .entry("Chain", new ChainTask(), Calls.sync("Hold"))
                .task("Hold", new HoldTask(), Calls.none())
                .build();
    }
}
