package io.fusionize.experiment.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Prepares an experiment's state directory. Version numbers start at 1 in every experiment, so
 * the monitor must not see an earlier experiment's traces: the directory is emptied first, but
 * only when an experiment created it, which its marker file shows.
 */
public final class StateDirectory {

    /** The file that marks a directory as an experiment's state. */
    static final String MARKER = ".fusionize-experiment-state";

    private StateDirectory() {
    }

    /**
     * @param directory the state directory
     * @return it, empty but for the marker
     * @throws IOException when it cannot be prepared
     * @throws IllegalArgumentException when it holds files an experiment did not create
     */
    public static Path prepare(Path directory) throws IOException {
        if (Files.isDirectory(directory) && !isEmpty(directory)) {
            if (!Files.exists(directory.resolve(MARKER))) {
                throw new IllegalArgumentException("state directory " + directory.toAbsolutePath()
                        + " is not empty and was not created by an experiment; choose another one");
            }
            deleteRecursively(directory);
        }
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(MARKER), "state of a fusionize experiment; emptied by the next one\n");
        return directory;
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
