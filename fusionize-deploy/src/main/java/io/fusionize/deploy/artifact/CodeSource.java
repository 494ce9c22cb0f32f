package io.fusionize.deploy.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of one class-path entry, a jar or a directory, read into memory and keyed by their
 * path inside it ({@code a/b/C.class}, {@code META-INF/services/...}).
 */
public final class CodeSource {

    private final Path location;
    private final Map<String, byte[]> files;

    private CodeSource(Path location, Map<String, byte[]> files) {
        this.location = location;
        this.files = Collections.unmodifiableMap(files);
    }

    /**
     * Reads a jar file or a class directory.
     *
     * @param location the jar or directory
     * @return its files
     */
    public static CodeSource read(Path location) {
        Objects.requireNonNull(location, "location must not be null");
        try {
            return new CodeSource(location, Files.isDirectory(location)
                    ? readDirectory(location) : readJar(location));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read code source " + location, e);
        }
    }

    /**
     * The class-path entry a class was loaded from.
     *
     * @param type a class loaded from a jar or a directory
     * @return the jar or directory
     * @throws IllegalArgumentException when the class has no file location (JDK or generated)
     */
    public static Path locationOf(Class<?> type) {
        java.security.CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalArgumentException(type.getName() + " has no code location");
        }
        return toPath(source.getLocation());
    }

    static Path toPath(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a file location: " + url, e);
        }
    }

    /** @return where the files were read from */
    public Path location() {
        return location;
    }

    /** @return whether the location is a directory rather than a jar */
    public boolean isDirectory() {
        return Files.isDirectory(location);
    }

    /** @return every file, by sorted path */
    public Map<String, byte[]> files() {
        return files;
    }

    /**
     * @param internalName a class's internal name, {@code a/b/C}
     * @return whether this source holds the class
     */
    public boolean hasClass(String internalName) {
        return files.containsKey(internalName + ".class");
    }

    /**
     * @param internalName a class's internal name
     * @return the class file
     * @throws IllegalArgumentException when the source does not hold it
     */
    public byte[] classFile(String internalName) {
        byte[] bytes = files.get(internalName + ".class");
        if (bytes == null) {
            throw new IllegalArgumentException(location + " has no class " + internalName);
        }
        return bytes;
    }

    private static Map<String, byte[]> readDirectory(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        }
        return files;
    }

    private static Map<String, byte[]> readJar(Path jar) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory()) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        files.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return files;
    }
}
