package io.fusionize.examples.iot;

import io.fusionize.api.Application;
import io.fusionize.api.ApplicationProvider;

/**
 * Publishes the IoT application as {@code iot}, with its database in the directory named by
 * {@code FUSIONIZE_DATA_DIR}.
 */
public final class IotApplicationProvider implements ApplicationProvider {

    /** Creates the provider; the service loader needs a public no-argument constructor. */
    public IotApplicationProvider() {
    }

    /** @return the IoT application; its database file is opened on first use */
    @Override
    public Application application() {
        return IotApplication.create(IotStore.fromEnvironment());
    }
}
