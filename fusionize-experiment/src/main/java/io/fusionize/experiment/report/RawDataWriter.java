package io.fusionize.experiment.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.fusionize.deploy.load.RequestSample;

/**
 * Writes every request of every setup run as one CSV row, so that any statistic can be recomputed.
 *
 * <p>Columns: {@value #HEADER}. {@code block} numbers a setup's blocks from 1; a setup measured
 * once is block 1. Times are milliseconds after the block's start; latency is from the intended
 * send time, service time from the actual send.
 */
public final class RawDataWriter {

    /** The CSV header line. */
    public static final String HEADER =
            "setup,block,sequence,intended_ms,sent_ms,completed_ms,latency_ms,service_ms,success,request_id,failure_cause";

    private RawDataWriter() {
    }

    /**
     * @param result a finished experiment
     * @param file where to write, replacing any file there
     * @throws IOException when it cannot be written
     */
    public static void write(ExperimentResult result, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.newLine();
            for (SetupRun run : result.runs()) {
                List<BlockRun> blocks = result.blocksOf(run.name());
                if (blocks.isEmpty()) {
                    writeRows(out, new BlockRun(1, run, run.requests()));
                }
                for (BlockRun block : blocks) {
                    writeRows(out, block);
                }
            }
        }
    }

    private static void writeRows(BufferedWriter out, BlockRun block) throws IOException {
        for (RequestSample sample : block.run().load().samples()) {
            out.write(row(block.setupName(), block.block(), sample));
            out.newLine();
        }
    }

    private static String row(String setup, int block, RequestSample sample) {
        return String.join(",", setup, Integer.toString(block), Long.toString(sample.sequence()),
                millis(sample.intendedNanos()),
                millis(sample.sentNanos()), millis(sample.completedNanos()), millis(sample.latencyNanos()),
                millis(sample.serviceNanos()), Boolean.toString(sample.success()),
                quoted(sample.requestId().orElse("")), quoted(sample.failureCause().orElse("")));
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }

    private static String quoted(String text) {
        if (text.isEmpty()) {
            return "";
        }
        return '"' + text.replace("\"", "\"\"").replace('\n', ' ').replace('\r', ' ') + '"';
    }
}
