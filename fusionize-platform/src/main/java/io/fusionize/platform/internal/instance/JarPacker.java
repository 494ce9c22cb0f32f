package io.fusionize.platform.internal.instance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Packs files from class directories or jars into one jar, written atomically. */
final class JarPacker {

    private JarPacker() {
    }

    /**
     * @param sources class directories or jars
     * @param prefixes entry name prefixes to keep; an empty list keeps everything
     * @param target the jar to write; replaced atomically
     * @throws IOException if a source cannot be read or the jar written
     */
    static void pack(List<Path> sources, List<String> prefixes, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + ".partial");
        Set<String> written = new HashSet<>();
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(partial))) {
            for (Path source : sources) {
                if (Files.isDirectory(source)) {
                    packDirectory(source, prefixes, jar, written);
                } else {
                    packJar(source, prefixes, jar, written);
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * @param directory a code directory in Lambda's layout
     * @param target the jar to write with everything except {@code lib/}
     * @throws IOException if the directory cannot be read or the jar written
     */
    static void packRoot(Path directory, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + ".partial");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(partial));
                Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = directory.relativize(file).toString().replace('\\', '/');
                if (!name.startsWith("lib/")) {
                    add(jar, name, file);
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void packDirectory(Path directory, List<String> prefixes, JarOutputStream jar, Set<String> written)
            throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = directory.relativize(file).toString().replace('\\', '/');
                if (wanted(name, prefixes) && written.add(name)) {
                    add(jar, name, file);
                }
            }
        }
    }

    private static void packJar(Path source, List<String> prefixes, JarOutputStream jar, Set<String> written)
            throws IOException {
        try (JarFile in = new JarFile(source.toFile())) {
            for (Enumeration<JarEntry> entries = in.entries(); entries.hasMoreElements();) {
                JarEntry entry = entries.nextElement();
                if (!entry.isDirectory() && wanted(entry.getName(), prefixes) && written.add(entry.getName())) {
                    jar.putNextEntry(new JarEntry(entry.getName()));
                    try (InputStream content = in.getInputStream(entry)) {
                        content.transferTo(jar);
                    }
                    jar.closeEntry();
                }
            }
        }
    }

    private static void add(OutputStream out, String name, Path file) throws IOException {
        JarOutputStream jar = (JarOutputStream) out;
        jar.putNextEntry(new JarEntry(name));
        Files.copy(file, jar);
        jar.closeEntry();
    }

    private static boolean wanted(String name, List<String> prefixes) {
        return prefixes.isEmpty() || prefixes.stream().anyMatch(name::startsWith);
    }

    /** @return the newest modification time under a directory, or a file's own */
    static long lastModified(Path source) throws IOException {
        if (!Files.isDirectory(source)) {
            return Files.getLastModifiedTime(source).toMillis() ^ Files.size(source);
        }
        try (Stream<Path> files = Files.walk(source)) {
            long newest = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                newest = Math.max(newest, Files.getLastModifiedTime(file).toMillis());
            }
            return newest;
        }
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
