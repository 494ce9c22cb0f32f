package io.fusionize.platform.internal.state;

import io.fusionize.platform.PlatformException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Keeps unpacked deployment packages, one directory per content hash, so that deploying the same
 * code again costs only a hash.
 */
public final class CodeStore {

    private static final String LIB_DIR = "lib";
    private static final String JAR_SUFFIX = ".jar";
    private static final String TEMP_PREFIX = ".incoming-";

    private final Path root;

    /**
     * @param root the directory that holds one subdirectory per code hash; created if missing
     * @throws UncheckedIOException if it cannot be created
     */
    public CodeStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the code store " + root, e);
        }
    }

    /**
     * Stores a package unless identical code is stored already.
     *
     * @param source the package
     * @return the stored code
     * @throws PlatformException if the package is unusable (bad zip, zip-slip, missing path)
     */
    public StoredCode store(CodeSource source) {
        if (source instanceof CodeSource.ZipBytes zip) {
            return storeZip(zip.bytes());
        }
        Path path = ((CodeSource.LocalPath) source).path();
        if (Files.isDirectory(path)) {
            return storeDirectory(path);
        }
        if (!Files.isRegularFile(path)) {
            throw PlatformException.invalidParameter("Code path " + path + " is neither a directory nor a file");
        }
        return path.getFileName().toString().endsWith(JAR_SUFFIX) ? storeJar(path) : storeZip(readAll(path));
    }

    /**
     * @param sha256 base64 SHA-256 of stored code
     * @return its directory
     */
    public Path directoryOf(String sha256) {
        return root.resolve(HexFormat.of().formatHex(Base64.getDecoder().decode(sha256)));
    }

    private StoredCode storeZip(byte[] zip) {
        String sha = Base64.getEncoder().encodeToString(digest().digest(zip));
        return materialize(sha, zip.length, staging -> ZipExtractor.extract(zip, staging));
    }

    private StoredCode storeJar(Path jar) {
        byte[] bytes = readAll(jar);
        String sha = Base64.getEncoder().encodeToString(digest().digest(bytes));
        return materialize(sha, bytes.length, staging -> {
            Path lib = Files.createDirectories(staging.resolve(LIB_DIR));
            Files.write(lib.resolve(jar.getFileName().toString()), bytes);
        });
    }

    private StoredCode storeDirectory(Path directory) {
        List<Path> files = regularFiles(directory);
        MessageDigest digest = digest();
        long size = 0;
        for (Path file : files) {
            byte[] bytes = readAll(file);
            // the relative path is part of the hash, so moving a file changes the code's identity
            digest.update(directory.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(bytes);
            size += bytes.length;
        }
        String sha = Base64.getEncoder().encodeToString(digest.digest());
        return materialize(sha, size, staging -> copyTree(directory, files, staging));
    }

    private StoredCode materialize(String sha, long size, Filler filler) {
        Path target = directoryOf(sha);
        if (Files.isDirectory(target)) {
            return new StoredCode(sha, size, target);
        }
        Path staging = root.resolve(TEMP_PREFIX + UUID.randomUUID());
        try {
            Files.createDirectories(staging);
            filler.fill(staging);
            moveIntoPlace(staging, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store code " + sha, e);
        } finally {
            deleteTree(staging);
        }
        return new StoredCode(sha, size, target);
    }

    private static void moveIntoPlace(Path staging, Path target) throws IOException {
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // another deployment of the same code may have won the race; its copy is identical
            if (!Files.isDirectory(target)) {
                throw e;
            }
        }
    }

    private static void copyTree(Path source, List<Path> files, Path staging) throws IOException {
        for (Path file : files) {
            Path destination = staging.resolve(source.relativize(file).toString());
            Files.createDirectories(destination.getParent());
            Files.copy(file, destination);
        }
    }

    private static List<Path> regularFiles(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list code directory " + directory, e);
        }
    }

    /**
     * Deletes a directory tree, ignoring what is already gone.
     *
     * @param directory the tree to delete
     */
    static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
        }
    }

    private static byte[] readAll(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw PlatformException.invalidParameter("Cannot read code file " + file + ": " + e.getMessage());
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Fills a staging directory with a package's content. */
    @FunctionalInterface
    private interface Filler {
        void fill(Path staging) throws IOException;
    }
}
