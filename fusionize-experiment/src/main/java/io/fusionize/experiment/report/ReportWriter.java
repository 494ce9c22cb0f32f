package io.fusionize.experiment.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes an experiment's full report into a directory: {@code requests.csv}, {@code report.md},
 * {@code summary.json}, {@code latency-cdf.png}, {@code cost.png} and {@code trajectory.png}.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * @param result a finished experiment
     * @param directory the output directory; created when missing, files in it replaced
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    public static ReportFiles write(ExperimentResult result, Path directory) throws IOException {
        Objects.requireNonNull(result, "result must not be null");
        Objects.requireNonNull(directory, "directory must not be null");
        Files.createDirectories(directory);
        ReportFiles files = ReportFiles.in(directory);
        RawDataWriter.write(result, files.rawData());
        Files.writeString(files.markdown(), MarkdownReport.render(result), StandardCharsets.UTF_8);
        Summary.of(result).write(files.summary());
        LatencyCdfChart.write(result, files.latencyCdf());
        CostChart.write(result, files.cost());
        TrajectoryChart.write(result, files.trajectory());
        return files;
    }
}
