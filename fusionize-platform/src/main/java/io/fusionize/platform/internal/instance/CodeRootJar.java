package io.fusionize.platform.internal.instance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The classes and resources at the root of a code directory, packed once as a jar beside it, so
 * that an instance's class path holds jars only and class-data sharing can archive them.
 */
final class CodeRootJar {

    private static final String SUFFIX = ".root.jar";

    private CodeRootJar() {
    }

    /**
     * @param codeDirectory an unpacked, immutable code directory
     * @return the jar of its root content, created on first use
     * @throws UncheckedIOException if the jar cannot be written
     */
    static Path of(Path codeDirectory) {
        Path jar = codeDirectory.resolveSibling(codeDirectory.getFileName() + SUFFIX);
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        try {
            JarPacker.packRoot(codeDirectory, jar);
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack the code in " + codeDirectory, e);
        }
    }
}
