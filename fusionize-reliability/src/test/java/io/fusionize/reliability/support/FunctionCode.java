package io.fusionize.reliability.support;

import io.fusionize.reliability.functions.FaultFunction;
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

/** Packages the fault tests' handlers ({@code io.fusionize.reliability.functions}) as a Lambda zip. */
public final class FunctionCode {

    /** The handler that echoes, marks, logs, hangs or answers big, as its event says. */
    public static final String FAULT_HANDLER = FaultFunction.class.getName();
    /** The handler whose initialization never ends. */
    public static final String STUCK_INIT_HANDLER = "io.fusionize.reliability.functions.StuckInitFunction";

    private FunctionCode() {
    }

    /** @return a zip with the handlers' classes at its root, as Lambda expects */
    public static byte[] zip() {
        Path classes = classesRoot();
        String packageDir = FaultFunction.class.getPackageName().replace('.', '/');
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.list(classes.resolve(packageDir))) {
            List<Path> classFiles = files.filter(f -> f.toString().endsWith(".class")).sorted().toList();
            for (Path file : classFiles) {
                zip.putNextEntry(new ZipEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Path classesRoot() {
        try {
            return Path.of(FaultFunction.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
