package io.fusionize.platform.instance;

import com.amazonaws.services.lambda.runtime.Context;
import io.fusionize.lambda.runtime.RuntimeMain;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Finds the classes an instance needs besides the function's code: the Lambda runtime loop and
 * {@code aws-lambda-java-core}. When they sit inside a larger bundle, such as a shaded command-line
 * jar, only their packages are extracted, so instances never load the platform's own classes.
 */
public final class RuntimeClasspath {

    private static final List<String> PACKAGES = List.of("io/fusionize/lambda/runtime/",
            "com/amazonaws/services/lambda/runtime/");
    private static final List<String> DEDICATED_JARS = List.of("fusionize-lambda-runtime", "aws-lambda-java-core");

    private RuntimeClasspath() {
    }

    /**
     * @param extractionRoot where to extract the classes if they are bundled
     * @return the class path entries, in order
     * @throws UncheckedIOException if the classes cannot be found or extracted
     */
    public static List<Path> locate(Path extractionRoot) {
        Set<Path> entries = new LinkedHashSet<>();
        for (Class<?> anchor : List.of(RuntimeMain.class, Context.class)) {
            Path location = location(anchor);
            entries.add(Files.isDirectory(location) || isDedicatedJar(location)
                    ? location : extract(location, extractionRoot));
        }
        return new ArrayList<>(entries);
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

    private static boolean isDedicatedJar(Path jar) {
        String name = jar.getFileName().toString();
        return DEDICATED_JARS.stream().anyMatch(name::startsWith);
    }

    private static Path extract(Path bundle, Path extractionRoot) {
        try {
            String key = Integer.toHexString((bundle.toAbsolutePath() + ":" + Files.size(bundle) + ":"
                    + Files.getLastModifiedTime(bundle).toMillis()).hashCode());
            Path target = extractionRoot.resolve("classes-" + key);
            if (!Files.isDirectory(target)) {
                extractPackages(bundle, target);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract the runtime classes from " + bundle, e);
        }
    }

    private static void extractPackages(Path bundle, Path target) throws IOException {
        Path staging = Files.createTempDirectory(Files.createDirectories(target.getParent()), ".staging-");
        try (JarFile jar = new JarFile(bundle.toFile())) {
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                JarEntry entry = e.nextElement();
                if (!entry.isDirectory() && PACKAGES.stream().anyMatch(entry.getName()::startsWith)) {
                    Path destination = staging.resolve(entry.getName());
                    Files.createDirectories(destination.getParent());
                    try (InputStream in = jar.getInputStream(entry)) {
                        Files.copy(in, destination);
                    }
                }
            }
        }
        Files.move(staging, target);
    }
}
