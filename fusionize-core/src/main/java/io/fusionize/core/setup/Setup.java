package io.fusionize.core.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A complete deployment plan for one application: every function, with its inline sets and
 * memory size, under one version.
 *
 * @param application the application's name
 * @param version the setup version; every request is served by exactly one version
 * @param functions the functions, one per entry task
 */
public record Setup(String application, int version, List<FunctionSpec> functions) {

    /** Checks the parts and freezes the function list. */
    public Setup {
        Objects.requireNonNull(application, "application must not be null");
        functions = List.copyOf(Objects.requireNonNull(functions, "functions must not be null"));
    }

    /**
     * @param entryTask a task name
     * @return the function whose entry task it is, if any
     */
    public Optional<FunctionSpec> function(String entryTask) {
        return functions.stream().filter(f -> f.entry().equals(entryTask)).findFirst();
    }

    /**
     * @param newVersion the version to give
     * @return this setup under another version
     */
    public Setup withVersion(int newVersion) {
        return new Setup(application, newVersion, functions);
    }

    /**
     * @param replacement a function; it replaces the function with the same entry task, or is
     *     appended when there is none
     * @return this setup, same version, with that function
     */
    public Setup withFunction(FunctionSpec replacement) {
        Objects.requireNonNull(replacement, "function must not be null");
        List<FunctionSpec> updated = new ArrayList<>(functions);
        int index = updated.indexOf(function(replacement.entry()).orElse(null));
        if (index < 0) {
            updated.add(replacement);
        } else {
            updated.set(index, replacement);
        }
        return new Setup(application, version, updated);
    }
}
