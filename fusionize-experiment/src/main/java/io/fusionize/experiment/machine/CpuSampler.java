package io.fusionize.experiment.machine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Measures the machine's CPU utilization between {@link #start()} and {@link #stop()} by reading
 * {@code /proc/stat} periodically on a background thread.
 *
 * <p>Where the file cannot be read, {@link #stop()} returns {@link CpuUtilization#notMeasured()}.
 * One sampler measures one run; start it again for the next.
 */
public final class CpuSampler implements AutoCloseable {

    private static final Path PROC_STAT = Path.of("/proc/stat");

    private final Path procStat;
    private final Duration interval;
    private final List<Double> intervalShares = new ArrayList<>();
    private ScheduledExecutorService ticker;
    private CpuTimes first;
    private CpuTimes last;
    private boolean unreadable;

    /**
     * @param procStat the counters file, normally {@code /proc/stat}
     * @param interval how often to sample while running; positive
     */
    public CpuSampler(Path procStat, Duration interval) {
        this.procStat = Objects.requireNonNull(procStat, "procStat must not be null");
        this.interval = Objects.requireNonNull(interval, "interval must not be null");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive, was " + interval);
        }
    }

    /** @return a sampler of this machine's {@code /proc/stat}, every 500 ms */
    public static CpuSampler forThisMachine() {
        return new CpuSampler(PROC_STAT, Duration.ofMillis(500));
    }

    /**
     * Takes the first reading and starts periodic sampling.
     *
     * @throws IllegalStateException when already running
     */
    public synchronized void start() {
        if (ticker != null) {
            throw new IllegalStateException("the sampler is already running");
        }
        intervalShares.clear();
        unreadable = false;
        first = read();
        last = first;
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cpu-sampler");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        ticker.scheduleAtFixedRate(this::sampleNow, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Takes one reading now and records the interval since the previous one. */
    public synchronized void sampleNow() {
        CpuTimes current = read();
        if (current == null || last == null) {
            return;
        }
        double share = current.utilizationSince(last);
        if (!Double.isNaN(share)) {
            intervalShares.add(share);
            last = current;
        }
    }

    /**
     * Takes a last reading and stops sampling.
     *
     * @return the utilization since {@link #start()}
     * @throws IllegalStateException when not running
     */
    public CpuUtilization stop() {
        ScheduledExecutorService running;
        synchronized (this) {
            if (ticker == null) {
                throw new IllegalStateException("the sampler is not running");
            }
            running = ticker;
            ticker = null;
        }
        running.shutdownNow();
        synchronized (this) {
            sampleNow();
            return summary();
        }
    }

    private CpuUtilization summary() {
        if (unreadable || intervalShares.isEmpty()) {
            return CpuUtilization.notMeasured();
        }
        double mean = last.utilizationSince(first);
        double peak = intervalShares.stream().mapToDouble(Double::doubleValue).max().orElse(mean);
        double busy = intervalShares.stream().filter(s -> s >= CpuUtilization.BUSY_INTERVAL).count()
                / (double) intervalShares.size();
        return new CpuUtilization(mean, peak, busy, intervalShares.size());
    }

    private CpuTimes read() {
        try {
            return CpuTimes.read(procStat);
        } catch (IOException | IllegalArgumentException e) {
            unreadable = true; // report "not measured" rather than a wrong number
            return null;
        }
    }

    /** Stops sampling if running; the measurement is discarded. */
    @Override
    public void close() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = ticker;
            ticker = null;
        }
        if (running != null) {
            running.shutdownNow();
        }
    }
}
