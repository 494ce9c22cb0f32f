package io.fusionize.deploy.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Finds the class-path entries (jars or class directories) that a set of classes needs, by
 * following class references through a class loader. JDK classes are never part of the result.
 *
 * <p>Finished walks are remembered: a later walk that reaches a class an earlier walk explored
 * takes over that walk's entries instead of reading the same class files again. That may add an
 * entry the later roots would not need, never drop one they need.
 */
public final class LibraryResolver {

    private final ClassLoader loader;
    private final List<Walk> finished = new CopyOnWriteArrayList<>();

    /**
     * @param loader the loader that sees the runtime and the application's dependencies
     */
    public LibraryResolver(ClassLoader loader) {
        this.loader = Objects.requireNonNull(loader, "class loader must not be null");
    }

    /**
     * @param roots internal class names to start from
     * @param excluded entries never to include nor walk into (the application's own code)
     * @return the jars and directories that hold every class reachable from the roots
     */
    public Set<Path> librariesFor(Collection<String> roots, Set<Path> excluded) {
        Set<Path> libraries = new TreeSet<>();
        Set<String> visited = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (visited.add(name) && !takeOverFinishedWalk(name, excluded, libraries)) {
                explore(name, excluded, libraries, pending);
            }
        }
        finished.add(new Walk(Set.copyOf(visited), Set.copyOf(excluded), Set.copyOf(libraries)));
        return libraries;
    }

    private void explore(String name, Set<Path> excluded, Set<Path> libraries, Deque<String> pending) {
        URL url = loader.getResource(name + ".class");
        Path entry = url == null ? null : classPathEntry(url, name);
        if (entry != null && !excluded.contains(entry)) {
            libraries.add(entry);
            pending.addAll(ClassReferences.of(read(url)).all());
        }
    }

    private boolean takeOverFinishedWalk(String name, Set<Path> excluded, Set<Path> libraries) {
        for (Walk walk : finished) {
            if (walk.excluded().equals(excluded) && walk.visited().contains(name)) {
                libraries.addAll(walk.libraries());
                return true;
            }
        }
        return false;
    }

    /** One completed walk: the classes it read and the entries it found. */
    private record Walk(Set<String> visited, Set<Path> excluded, Set<Path> libraries) {
    }

    /** @return the jar or directory a class file URL points into, or null for JDK classes */
    static Path classPathEntry(URL url, String internalName) {
        try {
            return switch (url.getProtocol()) {
                case "jar" -> CodeSource.toPath(((JarURLConnection) url.openConnection()).getJarFileURL());
                case "file" -> directoryRoot(CodeSource.toPath(url), internalName);
                default -> null;
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + url, e);
        }
    }

    private static Path directoryRoot(Path classFile, String internalName) {
        Path root = classFile;
        for (int i = 0; i < internalName.split("/").length; i++) {
            root = root.getParent();
        }
        return root;
    }

    private static byte[] read(URL url) {
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        }
    }
}
