package io.fusionize.core.app;

import io.fusionize.api.Application;
import io.fusionize.api.ApplicationProvider;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Finds applications by name among the {@link ApplicationProvider}s on the class path, and then
 * among what the {@link ApplicationResolver}s there can build.
 *
 * <p>Providers are listed in {@code META-INF/services/io.fusionize.api.ApplicationProvider},
 * resolvers in {@code META-INF/services/io.fusionize.core.app.ApplicationResolver}.
 */
public final class Applications {

    /** How many listed resolvers that fail to load are passed over before the search gives up. */
    private static final int MAX_UNLOADABLE_RESOLVERS = 16;

    private Applications() {
    }

    /**
     * Finds an application through the context class loader, or this class's loader when none is
     * set.
     *
     * @param name the application's name
     * @return the application
     * @throws IllegalArgumentException when no provider publishes that name and no resolver builds
     *     it; the message lists the names that are available
     */
    public static Application find(String name) {
        return find(name, defaultLoader());
    }

    /**
     * Finds an application through the given class loader: among the providers first, then among
     * what the resolvers build.
     *
     * @param name the application's name
     * @param loader where to look for providers and resolvers
     * @return the application
     * @throws IllegalArgumentException when no provider publishes that name and no resolver builds
     *     it, or a resolver finds the name malformed
     */
    public static Application find(String name, ClassLoader loader) {
        Objects.requireNonNull(name, "application name must not be null");
        Map<String, Application> available = all(loader);
        if (available.containsKey(name)) {
            return available.get(name);
        }
        List<ApplicationResolver> resolvers = resolvers(loader);
        return resolve(name, resolvers).orElseThrow(() -> new IllegalArgumentException(
                "unknown application '" + name + "'; available: " + listing(available, resolvers)));
    }

    private static Optional<Application> resolve(String name, List<ApplicationResolver> resolvers) {
        for (ApplicationResolver resolver : resolvers) {
            Optional<Application> resolved = resolver.resolve(name);
            if (resolved.isPresent()) {
                return resolved;
            }
        }
        return Optional.empty();
    }

    /**
     * @param loader where to look for resolvers
     * @return the resolvers that loader lists and can load
     */
    public static List<ApplicationResolver> resolvers(ClassLoader loader) {
        Objects.requireNonNull(loader, "class loader must not be null");
        List<ApplicationResolver> resolvers = new ArrayList<>();
        Iterator<ApplicationResolver> listed = ServiceLoader.load(ApplicationResolver.class, loader).iterator();
        for (int unloadable = 0; unloadable < MAX_UNLOADABLE_RESOLVERS; ) {
            try {
                if (!listed.hasNext()) {
                    return resolvers;
                }
                resolvers.add(listed.next());
            } catch (ServiceConfigurationError notPackaged) {
                // A function package copies every service file, but only the classes its application needs.
                unloadable++;
            }
        }
        return resolvers;
    }

    private static String listing(Map<String, Application> available, List<ApplicationResolver> resolvers) {
        List<String> names = new ArrayList<>(available.keySet());
        resolvers.forEach(resolver -> names.add(resolver.nameForm()));
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /** @return every application on the class path, by name, in name order */
    public static Map<String, Application> all() {
        return all(defaultLoader());
    }

    /**
     * @param loader where to look for providers
     * @return every application that loader's providers publish, by name, in name order
     * @throws IllegalStateException when two providers publish the same name
     */
    public static Map<String, Application> all(ClassLoader loader) {
        Objects.requireNonNull(loader, "class loader must not be null");
        Map<String, Application> byName = new TreeMap<>();
        Iterator<ApplicationProvider> providers = ServiceLoader.load(ApplicationProvider.class, loader).iterator();
        while (hasNext(providers)) {
            Application application = applicationOf(next(providers));
            if (byName.putIfAbsent(application.name(), application) != null) {
                throw new IllegalStateException("two providers publish an application named "
                        + application.name());
            }
        }
        return byName;
    }

    private static boolean hasNext(Iterator<ApplicationProvider> providers) {
        try {
            return providers.hasNext();
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException("cannot read the application providers: " + e.getMessage(), e);
        }
    }

    private static ApplicationProvider next(Iterator<ApplicationProvider> providers) {
        try {
            return providers.next();
        } catch (ServiceConfigurationError e) {
            // e.g. a listed class that is missing, not a provider, or without a public no-arg constructor
            throw new IllegalStateException("cannot load an application provider: " + e.getMessage(), e);
        }
    }

    private static Application applicationOf(ApplicationProvider provider) {
        try {
            return Objects.requireNonNull(provider.application(), "it returned no application");
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException("application provider " + provider.getClass().getName()
                    + " failed to build its application: " + e, e);
        }
    }

    /** @return the names of every application on the class path, in name order */
    public static List<String> names() {
        return new ArrayList<>(all().keySet());
    }

    private static ClassLoader defaultLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : Applications.class.getClassLoader();
    }
}
