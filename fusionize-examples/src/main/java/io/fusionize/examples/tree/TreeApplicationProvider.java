package io.fusionize.examples.tree;

import io.fusionize.api.Application;
import io.fusionize.api.ApplicationProvider;

/** Publishes the Tree application as {@code tree}. */
public final class TreeApplicationProvider implements ApplicationProvider {

    /** Creates the provider; the service loader needs a public no-argument constructor. */
    public TreeApplicationProvider() {
    }

    /** @return the Tree application, with its 500 ms pauses */
    @Override
    public Application application() {
        return TreeApplication.create();
    }
}
