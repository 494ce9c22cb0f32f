package io.fusionize.core.app;

import io.fusionize.api.Application;
import java.util.Optional;

/**
 * Builds applications from their names, for families of applications too large to list, such as
 * generated ones ({@code synthetic:tasks=100,seed=7}).
 *
 * <p>{@link Applications#find} asks the resolvers listed in
 * {@code META-INF/services/io.fusionize.core.app.ApplicationResolver} for a name that no
 * {@link io.fusionize.api.ApplicationProvider} publishes. A resolver must resolve both the names it
 * is given and the names of the applications it returns, since tools and deployed functions look
 * an application up again by its own name.
 *
 * <p>An application that is deployed needs a provider class in its code: a resolver whose
 * applications are deployed therefore also implements {@link io.fusionize.api.ApplicationProvider},
 * with a public no-argument constructor, and function packages list it as their provider.
 */
public interface ApplicationResolver {

    /**
     * @param name an application's name, as given on the command line or in a function's
     *     environment
     * @return the application, or empty when the name is not one this resolver builds
     * @throws IllegalArgumentException when the name is this resolver's but malformed; the message
     *     says what is wrong
     */
    Optional<Application> resolve(String name);

    /**
     * @return the form of the names this resolver builds, for messages that list what is
     *     available, e.g. {@code synthetic:tasks=N,seed=S}
     */
    String nameForm();
}
