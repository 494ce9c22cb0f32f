package io.fusionize.platform.internal.state;

import io.fusionize.platform.PlatformException;
import io.fusionize.protocol.lambda.LambdaErrors;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/** Unpacks deployment packages, refusing entries that would escape the target (zip-slip). */
final class ZipExtractor {

    /** Lambda's limit on a function's unzipped size: 250 MB. */
    public static final long MAX_UNZIPPED_BYTES = 262_144_000L;

    private static final int BUFFER_BYTES = 64 * 1024;

    private ZipExtractor() {
    }

    /**
     * Unpacks a zip into a directory.
     *
     * @param zip the zip bytes
     * @param target the directory to fill; created if missing
     * @throws PlatformException an {@code InvalidZipFileException} if the bytes are not a zip, an
     *     entry would land outside {@code target}, or the content exceeds 250 MB
     */
    public static void extract(byte[] zip, Path target) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            Files.createDirectories(target);
            Path root = target.toAbsolutePath().normalize();
            long total = 0;
            int entries = 0;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries++;
                total += write(in, entry, root, MAX_UNZIPPED_BYTES - total);
            }
            if (entries == 0) {
                throw PlatformException.invalidZip("Could not unzip uploaded file: it is empty or not a zip file",
                        null);
            }
        } catch (ZipException e) {
            throw PlatformException.invalidZip("Could not unzip uploaded file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new PlatformException(500, LambdaErrors.SERVICE, "Could not store unzipped code: " + e.getMessage(),
                    e);
        }
    }

    private static long write(ZipInputStream in, ZipEntry entry, Path root, long budget) throws IOException {
        Path destination = safeDestination(root, entry.getName());
        requireNoFileAbove(root, destination, entry.getName());
        if (entry.isDirectory()) {
            requireNot(destination, Files.isRegularFile(destination), entry.getName(), "a file");
            Files.createDirectories(destination);
            return 0;
        }
        requireNot(destination, Files.isDirectory(destination), entry.getName(), "a directory");
        Files.createDirectories(destination.getParent());
        try (OutputStream out = Files.newOutputStream(destination)) {
            return copyWithin(in, out, budget);
        }
    }

    /** A clash between entries is the zip's fault, so it must be a 400, not a file-system 500. */
    private static void requireNoFileAbove(Path root, Path destination, String entryName) {
        for (Path parent = destination.getParent(); !parent.equals(root); parent = parent.getParent()) {
            if (Files.isRegularFile(parent)) {
                throw PlatformException.invalidZip("Refused zip entry '" + entryName + "': the zip also has a file '"
                        + root.relativize(parent) + "' where this entry needs a directory", null);
            }
        }
    }

    private static void requireNot(Path destination, boolean clashes, String entryName, String existing) {
        if (clashes) {
            throw PlatformException.invalidZip("Refused zip entry '" + entryName + "': the zip already has "
                    + existing + " at '" + destination.getFileName() + "'", null);
        }
    }

    /**
     * @param root the normalized target directory
     * @param entryName a zip entry's name
     * @return where the entry goes
     * @throws PlatformException if the entry would land outside {@code root}
     */
    static Path safeDestination(Path root, String entryName) {
        Path destination = root.resolve(entryName).normalize();
        if (!destination.startsWith(root) || destination.equals(root)) {
            throw PlatformException.invalidZip("Refused zip entry '" + entryName
                    + "': it would be written outside the code directory (zip-slip)", null);
        }
        return destination;
    }

    private static long copyWithin(InputStream in, OutputStream out, long budget) throws IOException {
        byte[] buffer = new byte[BUFFER_BYTES];
        long written = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            written += n;
            if (written > budget) {
                throw PlatformException.invalidZip("Unzipped size must be smaller than " + MAX_UNZIPPED_BYTES
                        + " bytes", null);
            }
            out.write(buffer, 0, n);
        }
        return written;
    }
}
