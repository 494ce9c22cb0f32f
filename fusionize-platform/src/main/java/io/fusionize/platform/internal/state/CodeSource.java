package io.fusionize.platform.internal.state;

import java.nio.file.Path;
import java.util.Objects;

/** Where a deployment package comes from. */
sealed interface CodeSource {

    /**
     * A zip in memory, as CreateFunction's {@code Code.ZipFile} carries it.
     *
     * @param bytes the zip
     */
    record ZipBytes(byte[] bytes) implements CodeSource {
        /** @throws NullPointerException if the bytes are missing */
        public ZipBytes {
            Objects.requireNonNull(bytes, "zip bytes must not be null");
        }
    }

    /**
     * A directory (Lambda's layout: classes at the root, jars in {@code lib/}), a jar, or a zip on
     * this machine.
     *
     * @param path the directory or file
     */
    record LocalPath(Path path) implements CodeSource {
        /** @throws NullPointerException if the path is missing */
        public LocalPath {
            Objects.requireNonNull(path, "path must not be null");
        }
    }
}
