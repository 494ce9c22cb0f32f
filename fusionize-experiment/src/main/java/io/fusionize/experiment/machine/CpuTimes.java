package io.fusionize.experiment.machine;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The machine's cumulative CPU time counters, as the aggregate {@code cpu} line of
 * {@code /proc/stat} reports them in clock ticks.
 *
 * @param busy ticks spent in user, nice, system, irq, softirq and steal
 * @param total busy ticks plus idle and iowait ticks
 */
public record CpuTimes(long busy, long total) {

    private static final int IDLE = 3;
    private static final int IOWAIT = 4;
    // user nice system idle iowait irq softirq steal; guest time is already inside user.
    private static final int COUNTED_FIELDS = 8;

    /**
     * @param procStat a file in {@code /proc/stat} format
     * @return its aggregate counters
     * @throws IOException when the file cannot be read or has no {@code cpu} line
     */
    public static CpuTimes read(Path procStat) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(procStat, StandardCharsets.US_ASCII)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("cpu ")) {
                    return parse(line);
                }
            }
        }
        throw new IOException(procStat + " has no aggregate 'cpu' line");
    }

    /**
     * @param line the aggregate line, e.g. {@code cpu  21821 0 3132 87843 125 0 39 14 0 0}
     * @return its counters
     * @throws IllegalArgumentException when the line is not in that format
     */
    public static CpuTimes parse(String line) {
        String[] fields = line.strip().split("\\s+");
        if (!fields[0].equals("cpu") || fields.length < 1 + IOWAIT + 1) {
            throw new IllegalArgumentException("not an aggregate /proc/stat cpu line: '" + line + "'");
        }
        long[] ticks;
        try {
            ticks = Arrays.stream(fields, 1, Math.min(fields.length, 1 + COUNTED_FIELDS)).mapToLong(Long::parseLong).toArray();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an aggregate /proc/stat cpu line: '" + line + "'", e);
        }
        long total = Arrays.stream(ticks).sum();
        return new CpuTimes(total - ticks[IDLE] - ticks[IOWAIT], total);
    }

    /**
     * @param earlier counters read before these
     * @return the busy share of the time between the two readings, in [0, 1]; NaN when no time passed
     */
    public double utilizationSince(CpuTimes earlier) {
        long totalDelta = total - earlier.total;
        if (totalDelta <= 0) {
            return Double.NaN;
        }
        double share = (double) (busy - earlier.busy) / totalDelta;
        return Math.max(0, Math.min(1, share));
    }
}
