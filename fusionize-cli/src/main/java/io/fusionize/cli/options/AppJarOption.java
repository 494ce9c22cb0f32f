package io.fusionize.cli.options;

import io.fusionize.core.app.ApplicationClassPath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --app-jar PATH}: an application from the user's own jar, loaded in a class loader of its
 * own, so that every lookup of applications and libraries by name that follows finds it.
 */
public final class AppJarOption {

    @Option(names = "--app-jar", paramLabel = "PATH", split = ":",
            description = "The application's jar (its manifest Class-Path is followed), or a class path of"
                    + " jars and class directories separated by ':'; repeatable.")
    private List<Path> jars = new ArrayList<>();

    private boolean loaded;

    /** @return the application jars given, in order; empty when the application is built in */
    public List<Path> jars() {
        return List.copyOf(jars);
    }

    /**
     * Installs the application's class loader as the context class loader of the calling thread;
     * the threads it starts inherit it. Does nothing without jars, or when done already.
     *
     * @throws io.fusionize.core.app.InvalidApplicationJarException when a jar is missing or broken,
     *     or none lists a provider
     */
    public void load() {
        if (loaded || jars.isEmpty()) {
            return;
        }
        ApplicationClassPath classPath = ApplicationClassPath.of(jars);
        classPath.requireProvider();
        Thread current = Thread.currentThread();
        ClassLoader parent = current.getContextClassLoader() != null
                ? current.getContextClassLoader() : AppJarOption.class.getClassLoader();
        current.setContextClassLoader(classPath.newLoader(parent));
        loaded = true;
    }
}
