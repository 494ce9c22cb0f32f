package io.fusionize.experiment.report;

import io.fusionize.protocol.billing.PriceTable;
import java.util.List;
import java.util.Objects;

/**
 * The platform settings an experiment ran under; every report names them.
 *
 * @param cpuLimitEnforced whether each instance's CPU quota was enforced
 * @param memoryLimitEnforced whether each instance's memory limit was enforced
 * @param emulatedNetworkOverhead the emulated overhead per remote invocation, e.g. {@code "off"}
 *     or {@code "25 ms per remote invocation"}
 * @param priceTable the prices costs were computed with
 * @param jvm the JVM the functions ran on
 * @param other further settings worth naming, e.g. the keep-alive, one per entry
 */
public record PlatformSettings(boolean cpuLimitEnforced, boolean memoryLimitEnforced, String emulatedNetworkOverhead,
        PriceTable priceTable, String jvm, List<String> other) {

    /** Checks the parts and freezes the list. */
    public PlatformSettings {
        Objects.requireNonNull(emulatedNetworkOverhead, "emulatedNetworkOverhead must not be null");
        Objects.requireNonNull(priceTable, "priceTable must not be null");
        Objects.requireNonNull(jvm, "jvm must not be null");
        other = List.copyOf(Objects.requireNonNull(other, "other must not be null"));
    }

    /**
     * Settings without further entries.
     *
     * @param cpuLimitEnforced whether each instance's CPU quota was enforced
     * @param memoryLimitEnforced whether each instance's memory limit was enforced
     * @param emulatedNetworkOverhead the emulated overhead per remote invocation
     * @param priceTable the prices costs were computed with
     * @param jvm the JVM the functions ran on
     */
    public PlatformSettings(boolean cpuLimitEnforced, boolean memoryLimitEnforced, String emulatedNetworkOverhead,
            PriceTable priceTable, String jvm) {
        this(cpuLimitEnforced, memoryLimitEnforced, emulatedNetworkOverhead, priceTable, jvm, List.of());
    }

    /** @return the JVM running this code, e.g. {@code "OpenJDK 64-Bit Server VM 17.0.15+6 (Debian)"} */
    public static String currentJvm() {
        return System.getProperty("java.vm.name", "unknown JVM") + " " + System.getProperty("java.runtime.version",
                System.getProperty("java.version", "?")) + " (" + System.getProperty("java.vendor", "unknown vendor") + ")";
    }
}
