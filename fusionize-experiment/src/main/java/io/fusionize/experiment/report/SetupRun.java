package io.fusionize.experiment.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import io.fusionize.deploy.load.LoadResult;
import io.fusionize.experiment.machine.CpuUtilization;

/**
 * One setup measured under the experiment's workload.
 *
 * @param name {@code all-remote}, {@code all-local}, {@code optimized}, {@code round-N}, or
 *     {@code setup-N} for a setup of an exploration
 * @param setup the setup in compact text form
 * @param load the load run's result: latencies, requests, failures
 * @param costPer1kUsd the platform cost per 1,000 root requests, in US$
 * @param coldStarts how many invocations started cold during the run
 * @param invocationsPerRequest platform invocations per root request
 * @param cpu the machine's CPU utilization during the run
 * @param entries each entry task's figures when root requests started with several; empty otherwise
 */
public record SetupRun(String name, String setup, LoadResult load, double costPer1kUsd, long coldStarts,
        double invocationsPerRequest, CpuUtilization cpu, List<EntryFigures> entries) {

    /** The all-remote baseline's name; other setups are compared against it. */
    public static final String ALL_REMOTE = "all-remote";
    /** The everything-in-one-function setup's name. */
    public static final String ALL_LOCAL = "all-local";
    /** The optimizer's final setup's name. */
    public static final String OPTIMIZED = "optimized";

    private static final Pattern NAMES = Pattern.compile("all-remote|all-local|optimized|round-\\d+|setup-\\d+");

    /** Checks the name and that the measures are not negative. */
    public SetupRun {
        Objects.requireNonNull(name, "name must not be null");
        if (!NAMES.matcher(name).matches()) {
            throw new IllegalArgumentException("setup run name '" + name
                    + "' must be all-remote, all-local, optimized, round-N or setup-N");
        }
        Objects.requireNonNull(setup, "setup must not be null");
        Objects.requireNonNull(load, "load must not be null");
        Objects.requireNonNull(cpu, "cpu must not be null");
        entries = List.copyOf(Objects.requireNonNull(entries, "entries must not be null"));
        requireNonNegative("costPer1kUsd", costPer1kUsd);
        requireNonNegative("invocationsPerRequest", invocationsPerRequest);
        if (coldStarts < 0) {
            throw new IllegalArgumentException("coldStarts must not be negative, was " + coldStarts);
        }
    }

    /**
     * A run of a setup whose root requests all started with one entry task, or were not split by
     * entry.
     *
     * @param name {@code all-remote}, {@code all-local}, {@code optimized} or {@code round-N}
     * @param setup the setup in compact text form
     * @param load the load run's result: latencies, requests, failures
     * @param costPer1kUsd the platform cost per 1,000 root requests, in US$
     * @param coldStarts how many invocations started cold during the run
     * @param invocationsPerRequest platform invocations per root request
     * @param cpu the machine's CPU utilization during the run
     */
    public SetupRun(String name, String setup, LoadResult load, double costPer1kUsd, long coldStarts,
            double invocationsPerRequest, CpuUtilization cpu) {
        this(name, setup, load, costPer1kUsd, coldStarts, invocationsPerRequest, cpu, List.of());
    }

    private static void requireNonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number of at least 0, was " + value);
        }
    }

    /**
     * @param round the optimizer round, from 1
     * @return the name of that round's run, {@code round-N}
     */
    public static String roundName(int round) {
        return "round-" + round;
    }

    /**
     * @param index the setup's position among an exploration's setups, from 0
     * @return the name of that setup's runs, {@code setup-N}
     */
    public static String setupName(int index) {
        return "setup-" + index;
    }

    /** @return the corrected latency percentiles */
    public LatencySummary latency() {
        return LatencySummary.corrected(load);
    }

    /** @return how many root requests were sent */
    public long requests() {
        return load.issued();
    }

    /** @return how many root requests failed */
    public long failed() {
        return load.failed();
    }

    /** @return each failure cause with its count */
    public Map<String, Long> failureCauses() {
        return load.failureCauses();
    }
}
