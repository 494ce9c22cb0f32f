package io.fusionize.core.app;

import io.fusionize.api.ApplicationProvider;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.jar.JarFile;

/**
 * The class path of an application built outside this tool: its own jar (or class directory) and
 * the jars it depends on. The application loads in a class loader of its own, whose parent sees
 * the Fusionize runtime, so that the tools find its provider without it being compiled in.
 *
 * <p>A jar's manifest {@code Class-Path} is followed, so a jar whose build copied its
 * dependencies next to it (as the scaffold of {@code fusionize new app} does) is enough.
 */
public final class ApplicationClassPath {

    private final List<Path> entries;

    private ApplicationClassPath(List<Path> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Checks every entry: it must exist and be a class directory or a readable jar.
     *
     * @param entries jars or class directories
     * @return the class path
     * @throws InvalidApplicationJarException when an entry is missing, unreadable or not a jar,
     *     naming the file and what is wrong
     */
    public static ApplicationClassPath of(List<Path> entries) {
        Objects.requireNonNull(entries, "entries must not be null");
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("an application class path needs at least one jar");
        }
        List<Path> checked = new ArrayList<>();
        for (Path entry : entries) {
            checked.add(check(entry.toAbsolutePath().normalize()));
        }
        return new ApplicationClassPath(checked);
    }

    /** The service file through which an application jar publishes its provider. */
    public static final String PROVIDER_SERVICE_FILE = "META-INF/services/" + ApplicationProvider.class.getName();

    /**
     * @throws InvalidApplicationJarException when no entry lists an application provider
     */
    public void requireProvider() {
        for (Path entry : entries) {
            if (listsProvider(entry)) {
                return;
            }
        }
        throw new InvalidApplicationJarException(entries.get(0), "no application provider in it ("
                + PROVIDER_SERVICE_FILE + " is missing; see docs/authoring.md)");
    }

    private static boolean listsProvider(Path entry) {
        if (Files.isDirectory(entry)) {
            return Files.isRegularFile(entry.resolve(PROVIDER_SERVICE_FILE));
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            return jar.getEntry(PROVIDER_SERVICE_FILE) != null;
        } catch (IOException e) {
            throw new InvalidApplicationJarException(entry, "not a jar file (" + e.getMessage() + ")");
        }
    }

    /** @return the jars and directories, absolute */
    public List<Path> entries() {
        return entries;
    }

    /**
     * @param parent the loader that sees the Fusionize runtime
     * @return a new loader for the application's classes; closing it releases the jars
     */
    public URLClassLoader newLoader(ClassLoader parent) {
        URL[] urls = entries.stream().map(ApplicationClassPath::url).toArray(URL[]::new);
        return new URLClassLoader("fusionize-application", urls, parent);
    }

    @Override
    public String toString() {
        return String.join(java.io.File.pathSeparator, entries.stream().map(Path::toString).toList());
    }

    private static Path check(Path entry) {
        if (!Files.exists(entry)) {
            throw new InvalidApplicationJarException(entry, "no such file (build the application first?)");
        }
        if (Files.isDirectory(entry)) {
            return entry;
        }
        if (!Files.isReadable(entry)) {
            throw new InvalidApplicationJarException(entry, "not readable");
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            jar.getManifest(); // reads the central directory and the manifest: a broken jar fails here
            return entry;
        } catch (IOException e) {
            throw new InvalidApplicationJarException(entry, "not a jar file (" + e.getMessage() + ")");
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a file path: " + path, e);
        }
    }
}
