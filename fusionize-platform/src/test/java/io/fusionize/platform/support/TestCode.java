package io.fusionize.platform.support;

import io.fusionize.platform.testfunctions.TestFunction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Packages the test functions as deployment packages: a code directory or a Lambda zip. */
public final class TestCode {

    /** The handler of {@link TestFunction}. */
    public static final String HANDLER = TestFunction.class.getName();
    private static final long FIXED_TIME = 1_700_000_000_000L;
    private static final String PACKAGE_DIR = TestFunction.class.getPackageName().replace('.', '/');

    private TestCode() {
    }

    /** @return a zip with the test functions' classes at its root, as Lambda expects */
    public static byte[] zip() {
        Path classes = classesRoot();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Path file : functionClasses(classes)) {
                zip.putNextEntry(entry(classes.relativize(file).toString()));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * @param target an empty directory
     * @return {@code target}, holding the test functions' classes at its root
     */
    public static Path directory(Path target) {
        Path classes = classesRoot();
        try {
            for (Path file : functionClasses(classes)) {
                Path destination = target.resolve(classes.relativize(file).toString());
                Files.createDirectories(destination.getParent());
                Files.copy(file, destination);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /**
     * Adds the jars of Jackson, as the platform's own class path has them, to a code directory's
     * {@code lib/}, for handlers bound through Jackson.
     *
     * @param codeDirectory a code directory from {@link #directory(Path)}
     * @return {@code codeDirectory}
     */
    public static Path withJacksonLib(Path codeDirectory) {
        try {
            Path lib = Files.createDirectories(codeDirectory.resolve("lib"));
            for (Class<?> anchor : List.of(com.fasterxml.jackson.databind.ObjectMapper.class,
                    com.fasterxml.jackson.core.JsonFactory.class,
                    com.fasterxml.jackson.annotation.JsonProperty.class)) {
                Path jar = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
                Files.copy(jar, lib.resolve(jar.getFileName()));
            }
            return codeDirectory;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot copy the Jackson jars", e);
        }
    }

    /**
     * @param entries zip entry names, each with a small body
     * @return a zip of those entries, e.g. for zip-slip tests
     */
    public static byte[] zipOf(String... entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(entry(entry));
                zip.write(("content of " + entry).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A fixed timestamp keeps the zip's bytes, and so its hash, the same on every build. */
    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(FIXED_TIME);
        return entry;
    }

    private static List<Path> functionClasses(Path classes) throws IOException {
        try (Stream<Path> files = Files.list(classes.resolve(PACKAGE_DIR))) {
            return files.filter(file -> file.toString().endsWith(".class")).sorted().toList();
        }
    }

    private static Path classesRoot() {
        try {
            return Path.of(TestFunction.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
