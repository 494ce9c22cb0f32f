package io.fusionize.deploy.artifact;

import io.fusionize.api.Application;
import io.fusionize.api.ApplicationProvider;
import io.fusionize.api.TaskDefinition;
import io.fusionize.core.app.ApplicationClassPath;
import io.fusionize.core.app.ApplicationResolver;
import io.fusionize.core.app.Applications;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * An application together with the code that defines it: its provider class and the jar or
 * directory both were loaded from.
 */
public final class ApplicationCode {

    /** The service file that lists application providers. */
    public static final String PROVIDER_SERVICE_FILE = ApplicationClassPath.PROVIDER_SERVICE_FILE;

    private final Application application;
    private final Class<?> providerClass;
    private final CodeSource source;

    private ApplicationCode(Application application, Class<?> providerClass, CodeSource source) {
        this.application = application;
        this.providerClass = providerClass;
        this.source = source;
    }

    /**
     * Finds an application among the providers visible to the context class loader, then among
     * what the resolvers there build. A resolved application's provider class is its resolver's,
     * so that the function finds the application by name through the same resolver.
     *
     * @param name the application's name
     * @return the application and its code
     * @throws IllegalArgumentException when no provider publishes that name and no resolver builds
     *     it, or the resolver that builds it is no provider
     */
    public static ApplicationCode find(String name) {
        Objects.requireNonNull(name, "application name must not be null");
        ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                .orElse(ApplicationCode.class.getClassLoader());
        List<String> seen = new ArrayList<>();
        for (ApplicationProvider provider : ServiceLoader.load(ApplicationProvider.class, loader)) {
            Application application = provider.application();
            if (application.name().equals(name)) {
                return of(provider.getClass(), application);
            }
            seen.add(application.name());
        }
        return resolved(name, loader).orElseThrow(() -> new IllegalArgumentException("unknown application '"
                + name + "'; available: " + (seen.isEmpty() ? "none" : String.join(", ", seen))));
    }

    private static Optional<ApplicationCode> resolved(String name, ClassLoader loader) {
        for (ApplicationResolver resolver : Applications.resolvers(loader)) {
            Optional<Application> application = resolver.resolve(name);
            if (application.isPresent() && !(resolver instanceof ApplicationProvider)) {
                throw new IllegalArgumentException("application '" + name + "' comes from resolver "
                        + resolver.getClass().getName() + ", which is no ApplicationProvider; a function package "
                        + "needs one");
            }
            if (application.isPresent()) {
                return Optional.of(of(resolver.getClass(), application.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * @param providerClass the provider class, loaded from a jar or a class directory
     * @param application the application it publishes
     * @return the application and its code
     */
    public static ApplicationCode of(Class<?> providerClass, Application application) {
        Objects.requireNonNull(providerClass, "provider class must not be null");
        Objects.requireNonNull(application, "application must not be null");
        return new ApplicationCode(application, providerClass,
                CodeSource.read(CodeSource.locationOf(providerClass)));
    }

    /** @return the application model */
    public Application application() {
        return application;
    }

    /** @return the name of the application */
    public String name() {
        return application.name();
    }

    /** @return the internal name of the provider class */
    public String providerInternalName() {
        return internalName(providerClass);
    }

    /** @return the provider's binary class name */
    public String providerClassName() {
        return providerClass.getName();
    }

    /** @return the jar or directory the application was loaded from */
    public CodeSource source() {
        return source;
    }

    /**
     * The class of each task, where it lives in this application's code source. Tasks written as
     * lambdas have no class file of their own; their code is part of the class that declares them.
     *
     * @return internal class names by task name, for tasks with a class file of their own
     */
    public Map<String, String> taskClasses() {
        Map<String, String> classes = new TreeMap<>();
        for (TaskDefinition task : application.tasks().values()) {
            String name = internalName(task.task().getClass());
            if (source.hasClass(name)) {
                classes.put(task.name(), name);
            }
        }
        return classes;
    }

    static String internalName(Class<?> type) {
        return type.getName().replace('.', '/');
    }
}
