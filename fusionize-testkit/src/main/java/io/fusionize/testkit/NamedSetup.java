package io.fusionize.testkit;

import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupText;
import java.util.Objects;

/**
 * A setup with the name that test reports and failure messages give it, such as
 * {@code all-remote} or {@code random seed 3}.
 *
 * @param label the setup's name in reports
 * @param setup the setup
 */
public record NamedSetup(String label, Setup setup) {

    /** Checks the parts. */
    public NamedSetup {
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(setup, "setup must not be null");
    }

    /** @return the setup in its text form, e.g. {@code shop v1: Checkout+Price@512, Ship@128} */
    public String text() {
        return SetupText.format(setup);
    }

    /** @return the label and the text form, e.g. {@code all-local (shop v1: Checkout+Price+Ship@1024)} */
    @Override
    public String toString() {
        return label + " (" + text() + ")";
    }
}
