package io.fusionize.experiment.explore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Writes an exploration's files into a directory: {@code oracle.json}, {@code oracle.md} and {@code front.png}. */
public final class ExplorationWriter {

    private ExplorationWriter() {
    }

    /**
     * @param exploration a finished exploration
     * @param directory the output directory; created when missing, the files in it replaced
     * @throws IOException when a file cannot be written
     */
    public static void write(Exploration exploration, Path directory) throws IOException {
        Objects.requireNonNull(exploration, "exploration must not be null");
        Files.createDirectories(directory);
        OracleJson.write(exploration.oracle(), directory.resolve(OracleJson.FILE));
        Files.writeString(directory.resolve(OracleReport.FILE), OracleReport.render(exploration),
                StandardCharsets.UTF_8);
        FrontChart.write(exploration.oracle(), "Setups of " + exploration.application() + ": median latency and cost",
                directory.resolve(FrontChart.FILE));
    }
}
