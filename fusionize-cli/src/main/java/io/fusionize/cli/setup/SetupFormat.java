package io.fusionize.cli.setup;

import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupJson;
import io.fusionize.core.setup.SetupText;

/** How a command prints a setup. */
public enum SetupFormat {

    /** The setup document. */
    JSON,

    /** The compact text form, e.g. {@code iot v1: I+CW+SE@512, CT@128}. */
    TEXT;

    /**
     * @param setup a setup
     * @return it, written in this format
     */
    public String write(Setup setup) {
        return this == JSON ? SetupJson.write(setup) : SetupText.format(setup);
    }
}
