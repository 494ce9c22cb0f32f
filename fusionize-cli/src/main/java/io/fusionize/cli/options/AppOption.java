package io.fusionize.cli.options;

import io.fusionize.api.Application;
import io.fusionize.core.app.Applications;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code --app APP}: the application a command works on; required. With {@code --app-jar}, the
 * application comes from the user's own jar, loaded in a class loader of its own.
 */
public final class AppOption {

    @Option(names = "--app", required = true, paramLabel = "APP", description = "The application's name.")
    private String name;

    @Mixin private AppJarOption jars;

    /**
     * The name as given; first makes the application's jars visible to the tools, so that every
     * lookup by name that follows finds it.
     *
     * @return the application's name
     * @throws io.fusionize.core.app.InvalidApplicationJarException when a jar is missing or broken
     */
    public String name() {
        jars.load();
        return name;
    }

    /** @return the application jars given, in order; empty when the application is built in */
    public List<Path> jars() {
        return jars.jars();
    }

    /**
     * @return the application of that name
     * @throws IllegalArgumentException when there is none; its message names the ones there are
     */
    public Application application() {
        return Applications.find(name());
    }
}
