package io.fusionize.core.handler;

import io.fusionize.api.Application;
import io.fusionize.api.ApplicationProvider;
import io.fusionize.core.runtime.testapp.CalcApp;

/** Publishes the test application to the handler through {@code ServiceLoader}. */
public final class CalcProvider implements ApplicationProvider {

    @Override
    public Application application() {
        return CalcApp.application();
    }
}
