package io.fusionize.reliability.apps;

import io.fusionize.api.Application;
import io.fusionize.api.ApplicationProvider;
import io.fusionize.api.Calls;

/**
 * {@code loops}: the entry {@code Recurse} either calls itself synchronously without end, or sends
 * to {@code Echo}, which sends to itself without end and leaves a file per run in the request's
 * directory.
 */
public final class LoopsApplication implements ApplicationProvider {

    /** The application's name. */
    public static final String NAME = "loops";

    @Override
    public Application application() {
        return Application.builder(NAME)
                .entry("Recurse", new RecurseTask(), Calls.sync("Recurse").andAsync("Echo"))
                .task("Echo", new EchoTask(), Calls.async("Echo"))
                .build();
    }
}
