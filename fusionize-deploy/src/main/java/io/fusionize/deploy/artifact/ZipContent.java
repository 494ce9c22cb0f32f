package io.fusionize.deploy.artifact;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The files of a zip archive, written deterministically: entries in name order with a fixed
 * timestamp, so that the same files always give the same bytes and the same digest.
 */
public final class ZipContent {

    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);

    private final Map<String, byte[]> entries = new TreeMap<>();

    /**
     * @param name the entry's path inside the archive
     * @param bytes its content
     * @return this content
     * @throws IllegalArgumentException when the name is already taken
     */
    public ZipContent put(String name, byte[] bytes) {
        if (entries.putIfAbsent(name, bytes) != null) {
            throw new IllegalArgumentException("duplicate archive entry " + name);
        }
        return this;
    }

    /** @return the entries by name */
    public Map<String, byte[]> entries() {
        return entries;
    }

    /** @return the sum of the entries' uncompressed sizes */
    public long uncompressedBytes() {
        return entries.values().stream().mapToLong(b -> b.length).sum();
    }

    /** @return a hex SHA-256 over every entry name and content */
    public String digest() {
        MessageDigest sha = sha256();
        entries.forEach((name, bytes) -> {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(sha256().digest(bytes));
        });
        return HexFormat.of().formatHex(sha.digest());
    }

    /** @return the archive's bytes */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeTo(out);
        return out.toByteArray();
    }

    /**
     * @param out where to write the archive; left open
     */
    public void writeTo(OutputStream out) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(zipEntry(entry.getKey(), entry.getValue()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write archive", e);
        }
    }

    private static ZipEntry zipEntry(String name, byte[] bytes) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(FIXED_TIME);
        if (name.endsWith(".jar")) {
            // Jars are compressed already; storing them saves time and loses nothing.
            CRC32 crc = new CRC32();
            crc.update(bytes);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(bytes.length);
            entry.setCompressedSize(bytes.length);
            entry.setCrc(crc.getValue());
        }
        return entry;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
