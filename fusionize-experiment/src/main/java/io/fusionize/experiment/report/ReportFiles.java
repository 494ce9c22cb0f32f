package io.fusionize.experiment.report;

import java.nio.file.Path;

/**
 * The files a report consists of.
 *
 * @param directory the output directory
 * @param rawData every request as CSV
 * @param markdown the human-readable report
 * @param summary the machine-readable summary
 * @param latencyCdf the latency CDF plot
 * @param cost the cost-per-setup plot
 * @param trajectory the optimizer-trajectory plot
 */
public record ReportFiles(Path directory, Path rawData, Path markdown, Path summary, Path latencyCdf, Path cost,
        Path trajectory) {

    /**
     * @param directory the output directory
     * @return the standard file names inside it
     */
    public static ReportFiles in(Path directory) {
        return new ReportFiles(directory, directory.resolve("requests.csv"), directory.resolve("report.md"),
                directory.resolve("summary.json"), directory.resolve("latency-cdf.png"), directory.resolve("cost.png"),
                directory.resolve("trajectory.png"));
    }
}
