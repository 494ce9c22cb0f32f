package io.fusionize.examples.synthetic;

import io.fusionize.api.Application;
import io.fusionize.api.ApplicationProvider;
import io.fusionize.core.app.ApplicationResolver;
import java.util.Optional;

/**
 * Finds synthetic applications by name: the spec text ({@code synthetic:tasks=100,seed=7}) or
 * the application's own name ({@code synthetic_100_7}), which is what deployed functions and
 * state directories know it by.
 *
 * <p>It is listed as a resolver only, so the tools' lists of applications stay short. A function
 * package of a synthetic application lists it as its provider too; the function then builds the
 * default application here, finds its own one by name through {@link #resolve}, and the spec in
 * that name rebuilds exactly the application that was packaged.
 */
public final class SyntheticApplicationProvider implements ApplicationProvider, ApplicationResolver {

    /** What a provider publishes: ten tasks from seed 1. */
    public static final SyntheticSpec DEFAULT = SyntheticSpec.of(10, 1);

    /** Creates the provider; the service loader needs a public no-argument constructor. */
    public SyntheticApplicationProvider() {
    }

    /** @return the application of {@link #DEFAULT} */
    @Override
    public Application application() {
        return SyntheticApplication.generate(DEFAULT);
    }

    /**
     * @param name a spec text, or the name of a synthetic application
     * @return the application, or empty when the name is neither
     * @throws IllegalArgumentException when the spec text is malformed
     */
    @Override
    public Optional<Application> resolve(String name) {
        if (SyntheticSpec.isSpec(name)) {
            return Optional.of(SyntheticApplication.generate(SyntheticSpec.parse(name)));
        }
        return SyntheticSpec.fromApplicationName(name).map(SyntheticApplication::generate);
    }

    /** @return the spec's form, with its optional keys in brackets */
    @Override
    public String nameForm() {
        return SyntheticSpec.PREFIX + "tasks=N,seed=S[,async=SHARE,depth=D,cpu=MS,wait=MS,memory=MB,payload=BYTES"
                + ",entries=K]";
    }
}
