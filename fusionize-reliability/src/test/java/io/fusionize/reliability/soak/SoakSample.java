package io.fusionize.reliability.soak;

import io.fusionize.reliability.support.ProcessProbe;
import java.util.List;
import java.util.Locale;

/**
 * One minute's reading of the soak: the platform's and the loop's resources and the load so far.
 *
 * @param minute minutes since the load started
 * @param platform the platform process's reading; its children are the instance processes
 * @param loop the loop process's reading
 * @param sent root requests sent so far
 * @param failed root requests failed so far
 * @param versions setup versions the loop has deployed so far
 */
record SoakSample(double minute, ProcessProbe.Reading platform, ProcessProbe.Reading loop, long sent, long failed,
        int versions) {

    /** The CSV header, in the order of {@link #csv()}. */
    static final String HEADER = "minute,platform_rss_mb,platform_fds,platform_threads,instances,"
            + "loop_rss_mb,loop_fds,loop_threads,requests_sent,requests_failed,versions_deployed";

    /** @return this sample as one CSV line */
    String csv() {
        return String.format(Locale.ROOT, "%.2f,%.1f,%d,%d,%d,%.1f,%d,%d,%d,%d,%d", minute, platform.rssKb() / 1024.0,
                platform.openFiles(), platform.threads(), platform.children(), loop.rssKb() / 1024.0,
                loop.openFiles(), loop.threads(), sent, failed, versions);
    }

    /**
     * @param line a line of {@link #csv()}
     * @return the sample it holds
     */
    static SoakSample parse(String line) {
        String[] f = line.split(",");
        return new SoakSample(Double.parseDouble(f[0]),
                new ProcessProbe.Reading(Math.round(Double.parseDouble(f[1]) * 1024), Long.parseLong(f[2]),
                        Long.parseLong(f[3]), Long.parseLong(f[4])),
                new ProcessProbe.Reading(Math.round(Double.parseDouble(f[5]) * 1024), Long.parseLong(f[6]),
                        Long.parseLong(f[7]), 0),
                Long.parseLong(f[8]), Long.parseLong(f[9]), Integer.parseInt(f[10]));
    }

    /** The series the growth bound applies to, each with its absolute slack. */
    static List<Series> bounded() {
        return List.of(
                new Series("platform RSS (MB)", s -> s.platform().rssKb() / 1024.0, 64),
                new Series("platform open files", s -> s.platform().openFiles(), 32),
                new Series("platform threads", s -> s.platform().threads(), 16),
                new Series("instance processes", s -> s.platform().children(), 10),
                new Series("loop RSS (MB)", s -> s.loop().rssKb() / 1024.0, 64),
                new Series("loop open files", s -> s.loop().openFiles(), 32),
                new Series("loop threads", s -> s.loop().threads(), 16));
    }

    /**
     * A measured quantity of the samples.
     *
     * @param name its name, with its unit
     * @param value reads it from a sample
     * @param slack the absolute growth tolerated besides the relative one
     */
    record Series(String name, java.util.function.ToDoubleFunction<SoakSample> value, double slack) {
    }
}
