package io.fusionize.deploy.artifact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * A library as it goes under {@code lib/}: a jar is taken as it is; a class directory (a module
 * built in the same workspace) is packed into a jar named after its module.
 *
 * @param fileName the name under {@code lib/}
 * @param bytes the jar's bytes
 */
public record LibraryJar(String fileName, byte[] bytes) {

    /**
     * @param location a jar file or a class directory
     * @return the library's jar
     */
    public static LibraryJar of(Path location) {
        try {
            if (Files.isDirectory(location)) {
                return new LibraryJar(directoryJarName(location), pack(location));
            }
            return new LibraryJar(location.getFileName().toString(), Files.readAllBytes(location));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read library " + location, e);
        }
    }

    private static byte[] pack(Path directory) {
        ZipContent content = new ZipContent();
        CodeSource.read(directory).files().forEach(content::put);
        return content.toBytes();
    }

    /** Maven's {@code MODULE/target/classes} becomes {@code MODULE.jar}; others get a path hash. */
    static String directoryJarName(Path directory) {
        Path parent = directory.getParent();
        boolean mavenOutput = directory.getFileName().toString().equals("classes")
                && parent != null && parent.getFileName().toString().equals("target")
                && parent.getParent() != null;
        if (mavenOutput) {
            return parent.getParent().getFileName() + ".jar";
        }
        byte[] hash = ZipContent.sha256().digest(directory.toAbsolutePath().toString().getBytes());
        return "classes-" + HexFormat.of().formatHex(hash, 0, 4) + ".jar";
    }
}
