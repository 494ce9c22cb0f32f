package io.fusionize.platform.internal.instance;

import com.amazonaws.services.lambda.runtime.Context;
import io.fusionize.lambda.runtime.RuntimeMain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the one jar an instance needs besides the function's code: the Lambda runtime loop and
 * {@code aws-lambda-java-core}, taken from wherever the platform
 * loaded them (class directories, their own jars, or a larger bundle such as a shaded command-line
 * jar). Only their packages are copied, so instances never load the platform's own classes, and the
 * result is a jar because class-data sharing archives classes from jars only. The runtime uses
 * only the protocol's compile-time constants, which live in its own classes, so the protocol is
 * not packed (RuntimeMainProcessTests runs the runtime without it).
 */
final class RuntimeClasspath {

    private static final List<String> PACKAGES = List.of("io/fusionize/lambda/runtime/",
            "com/amazonaws/services/lambda/runtime/");

    private RuntimeClasspath() {
    }

    /**
     * @param directory where to keep the jar; a jar built from identical sources is reused
     * @return the runtime jar
     * @throws UncheckedIOException if the classes cannot be found or packed
     */
    public static Path locate(Path directory) {
        Set<Path> sources = new LinkedHashSet<>();
        for (Class<?> anchor : List.of(RuntimeMain.class, Context.class)) {
            sources.add(location(anchor));
        }
        try {
            Path jar = directory.resolve("fusionize-runtime-" + fingerprint(sources) + ".jar");
            if (!Files.isRegularFile(jar)) {
                Files.createDirectories(directory);
                JarPacker.pack(new ArrayList<>(sources), PACKAGES, jar);
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack the runtime classes from " + sources, e);
        }
    }

    private static Path location(Class<?> anchor) {
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        if (source == null) {
            throw new UncheckedIOException(new IOException("cannot locate the classes of " + anchor.getName()));
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad code source of " + anchor.getName(), e);
        }
    }

    /** Changes whenever a source is rebuilt, so a stale jar is never used. */
    private static String fingerprint(Set<Path> sources) throws IOException {
        StringBuilder identity = new StringBuilder();
        for (Path source : sources) {
            identity.append(source.toAbsolutePath()).append('|').append(JarPacker.lastModified(source)).append('\n');
        }
        return HexFormat.of().formatHex(JarPacker.sha256(identity.toString()), 0, 8);
    }
}
