package io.fusionize.cli.options;

import io.fusionize.api.Application;
import io.fusionize.core.app.Applications;
import picocli.CommandLine.Option;

/** {@code --app APP}: the application a command works on; required. */
public final class AppOption {

    @Option(names = "--app", required = true, paramLabel = "APP", description = "The application's name.")
    private String name;

    /** @return the name as given */
    public String name() {
        return name;
    }

    /**
     * @return the application of that name
     * @throws IllegalArgumentException when there is none; its message names the ones there are
     */
    public Application application() {
        return Applications.find(name);
    }
}
