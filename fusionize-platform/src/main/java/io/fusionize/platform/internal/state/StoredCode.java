package io.fusionize.platform.internal.state;

import java.nio.file.Path;

/**
 * A deployment package in the code store.
 *
 * @param sha256 base64 SHA-256 of the package, Lambda's {@code CodeSha256}
 * @param sizeBytes the package's size
 * @param directory the unpacked code: classes at the root, jars in {@code lib/}
 */
record StoredCode(String sha256, long sizeBytes, Path directory) {
}
