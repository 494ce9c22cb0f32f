package io.fusionize.api;

/**
 * Publishes an application to the Fusionize tools through {@link java.util.ServiceLoader}.
 *
 * <p>List implementations in {@code META-INF/services/io.fusionize.api.ApplicationProvider}; the
 * tools then find the application by its name ({@code --app NAME}).
 */
public interface ApplicationProvider {

    /** @return the application; called once per process */
    Application application();
}
