package io.fusionize.cli.options;

import io.fusionize.api.Application;
import io.fusionize.core.app.ApplicationClassPath;
import io.fusionize.core.app.Applications;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --app APP}: the application a command works on; required. With {@code --app-jar}, the
 * application comes from the user's own jar, loaded in a class loader of its own.
 */
public final class AppOption {

    @Option(names = "--app", required = true, paramLabel = "APP", description = "The application's name.")
    private String name;

    @Option(names = "--app-jar", paramLabel = "PATH", split = ":",
            description = "The application's jar (its manifest Class-Path is followed), or a class path of"
                    + " jars and class directories separated by ':'; repeatable.")
    private List<Path> jars = new ArrayList<>();

    private boolean loaded;

    /**
     * The name as given; first makes the application's jars visible to the tools, so that every
     * lookup by name that follows finds it.
     *
     * @return the application's name
     * @throws io.fusionize.core.app.InvalidApplicationJarException when a jar is missing or broken
     */
    public String name() {
        loadJars();
        return name;
    }

    /** @return the application jars given, in order; empty when the application is built in */
    public List<Path> jars() {
        return List.copyOf(jars);
    }

    /**
     * @return the application of that name
     * @throws IllegalArgumentException when there is none; its message names the ones there are
     */
    public Application application() {
        return Applications.find(name());
    }

    /**
     * Installs the application's class loader as the context class loader of the calling thread;
     * the threads it starts inherit it, and every lookup of applications and libraries uses it.
     */
    private void loadJars() {
        if (loaded || jars.isEmpty()) {
            return;
        }
        ApplicationClassPath classPath = ApplicationClassPath.of(jars);
        classPath.requireProvider();
        Thread current = Thread.currentThread();
        current.setContextClassLoader(classPath.newLoader(current.getContextClassLoader() != null
                ? current.getContextClassLoader() : AppOption.class.getClassLoader()));
        loaded = true;
    }
}
