package io.fusionize.examples.synthetic;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a synthetic application looks like, as written after {@code synthetic:}, e.g.
 * {@code synthetic:tasks=100,seed=7,async=0.3,cpu=2}. See {@link SyntheticParameter} for every
 * key, its bounds and its default.
 *
 * @param tasks how many tasks the application has
 * @param seed the seed of the random graph and of each task's work
 * @param asyncShare the share of call edges that are async
 * @param maxDepth the most call hops from an entry task to any task
 * @param cpuMs the mean CPU work of a task, in ms
 * @param waitMs the mean time a task waits, in ms
 * @param memoryMb the memory each task touches, in MB
 * @param payloadBytes the size of each task's result, in bytes
 * @param entries how many entry tasks the application has
 */
public record SyntheticSpec(int tasks, long seed, double asyncShare, int maxDepth, double cpuMs, double waitMs,
                            int memoryMb, int payloadBytes, int entries) {

    /** What every spec text starts with. */
    public static final String PREFIX = "synthetic:";

    /** Checks every value against its bounds, and that the application's names fit a platform. */
    public SyntheticSpec {
        requireFinite(asyncShare, SyntheticParameter.ASYNC);
        requireFinite(cpuMs, SyntheticParameter.CPU);
        requireFinite(waitMs, SyntheticParameter.WAIT);
        Map<SyntheticParameter, BigDecimal> values = values(tasks, seed, asyncShare, maxDepth, cpuMs, waitMs,
                memoryMb, payloadBytes, entries);
        values.forEach((parameter, value) -> parameter.check(value));
        if (entries > tasks) {
            throw new IllegalArgumentException("entries (" + entries + ") must not exceed tasks (" + tasks + ")");
        }
        SyntheticNames.requireFits(values);
    }

    /**
     * @param tasks how many tasks
     * @param seed the seed
     * @return the spec with these and every other parameter at its default
     */
    public static SyntheticSpec of(int tasks, long seed) {
        return parse(PREFIX + "tasks=" + tasks + ",seed=" + seed);
    }

    /**
     * @param text a spec, e.g. {@code synthetic:tasks=100,seed=7,async=0.3}
     * @return the spec it describes
     * @throws IllegalArgumentException when it is malformed; the message names the fault and the text
     */
    public static SyntheticSpec parse(String text) {
        return SpecText.parse(text);
    }

    /**
     * @param text any text, e.g. an application name given on the command line
     * @return whether it is written as a spec, starting with {@code synthetic:}
     */
    public static boolean isSpec(String text) {
        return text != null && text.startsWith(PREFIX);
    }

    /**
     * @param name an application's name
     * @return the spec of the synthetic application of that name, when it is the name of one
     */
    public static Optional<SyntheticSpec> fromApplicationName(String name) {
        return SyntheticNames.parse(name);
    }

    /** @return the spec in its canonical text: required keys, then the others that differ from their default */
    public String text() {
        return SpecText.format(values());
    }

    /**
     * @return the name of the application, e.g. {@code synthetic_100_7_a0p3}: valid in a platform
     *     function name, and {@link #fromApplicationName} reads the spec back from it
     */
    public String applicationName() {
        return SyntheticNames.of(values());
    }

    /** @return every parameter's value, in canonical order */
    Map<SyntheticParameter, BigDecimal> values() {
        return values(tasks, seed, asyncShare, maxDepth, cpuMs, waitMs, memoryMb, payloadBytes, entries);
    }

    /**
     * @param values a value for every parameter
     * @return the spec of these values
     * @throws IllegalArgumentException when a value is out of its bounds
     */
    static SyntheticSpec of(Map<SyntheticParameter, BigDecimal> values) {
        return new SyntheticSpec(values.get(SyntheticParameter.TASKS).intValueExact(),
                values.get(SyntheticParameter.SEED).longValueExact(), values.get(SyntheticParameter.ASYNC).doubleValue(),
                values.get(SyntheticParameter.DEPTH).intValueExact(), values.get(SyntheticParameter.CPU).doubleValue(),
                values.get(SyntheticParameter.WAIT).doubleValue(), values.get(SyntheticParameter.MEMORY).intValueExact(),
                values.get(SyntheticParameter.PAYLOAD).intValueExact(),
                values.get(SyntheticParameter.ENTRIES).intValueExact());
    }

    private static Map<SyntheticParameter, BigDecimal> values(int tasks, long seed, double asyncShare, int maxDepth,
            double cpuMs, double waitMs, int memoryMb, int payloadBytes, int entries) {
        Map<SyntheticParameter, BigDecimal> values = new EnumMap<>(SyntheticParameter.class);
        values.put(SyntheticParameter.TASKS, BigDecimal.valueOf(tasks));
        values.put(SyntheticParameter.SEED, BigDecimal.valueOf(seed));
        values.put(SyntheticParameter.ASYNC, BigDecimal.valueOf(asyncShare));
        values.put(SyntheticParameter.DEPTH, BigDecimal.valueOf(maxDepth));
        values.put(SyntheticParameter.CPU, BigDecimal.valueOf(cpuMs));
        values.put(SyntheticParameter.WAIT, BigDecimal.valueOf(waitMs));
        values.put(SyntheticParameter.MEMORY, BigDecimal.valueOf(memoryMb));
        values.put(SyntheticParameter.PAYLOAD, BigDecimal.valueOf(payloadBytes));
        values.put(SyntheticParameter.ENTRIES, BigDecimal.valueOf(entries));
        return values;
    }

    private static void requireFinite(double value, SyntheticParameter parameter) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(parameter.key() + " must be a finite number, was " + value);
        }
    }

    @Override
    public String toString() {
        return text();
    }
}
