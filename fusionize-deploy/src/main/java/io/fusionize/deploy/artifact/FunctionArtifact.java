package io.fusionize.deploy.artifact;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One function's deployment package, in AWS Lambda's Java layout: application classes and
 * resources at the root, {@code fusionize-setup.json} beside them, and jars under {@code lib/}.
 *
 * @param functionName the platform function name, {@code APP-ENTRY}
 * @param zip where the package is stored
 * @param zipBytes the package's size on disk
 * @param uncompressedBytes the size of its files once unpacked
 * @param digest hex SHA-256 over its files; equal digests mean equal packages
 * @param tasks the tasks the function runs
 * @param applicationClasses internal names of the application classes it holds
 * @param omittedClasses internal names of the application's classes it leaves out
 * @param libraries the jar names under {@code lib/}
 * @param reused whether an identical package was found in the cache instead of being written
 */
public record FunctionArtifact(String functionName, Path zip, long zipBytes, long uncompressedBytes,
        String digest, Set<String> tasks, Set<String> applicationClasses, Set<String> omittedClasses,
        List<String> libraries, boolean reused) {

    /** Checks the parts and freezes the collections. */
    public FunctionArtifact {
        Objects.requireNonNull(functionName, "function name must not be null");
        Objects.requireNonNull(zip, "zip must not be null");
        Objects.requireNonNull(digest, "digest must not be null");
        tasks = Set.copyOf(tasks);
        applicationClasses = Set.copyOf(applicationClasses);
        omittedClasses = Set.copyOf(omittedClasses);
        libraries = List.copyOf(libraries);
    }

    /** @return one line for logs: name, size, tasks and classes */
    public String summary() {
        return String.format("%s: %,d bytes (%,d unpacked), tasks %s, %d application classes"
                + " (%d left out), %d libraries%s", functionName, zipBytes, uncompressedBytes,
                tasks.stream().sorted().toList(), applicationClasses.size(), omittedClasses.size(),
                libraries.size(), reused ? ", reused" : "");
    }
}
