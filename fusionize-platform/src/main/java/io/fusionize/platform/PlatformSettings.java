package io.fusionize.platform;

import io.fusionize.protocol.billing.PriceTable;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the local platform behaves. Start from {@link #defaults()} and change values with
 * {@link #toBuilder()}.
 *
 * @param keepAlive how long an idle instance lives before it is evicted
 * @param globalConcurrency the most invocations that may run at once on the platform
 * @param functionConcurrency the most invocations of one function that may run at once, unless it
 *     has reserved concurrency; 0 means only the global limit applies
 * @param maxInstances the most instance processes alive at once; idle ones are evicted first
 * @param invokeAccess whether invocations need the bearer token
 * @param enforceCpu whether to set a CPU quota through cgroups where they are writable
 * @param enforceMemory whether to set a hard memory limit through cgroups where they are writable
 * @param initUnthrottled whether an instance's init runs without its CPU quota
 * @param classDataSharing whether to record and use a class-data-sharing archive per code version
 * @param jvmOptions JVM options for every instance, besides heap and processor count
 * @param initTimeout how long an instance may take to initialize
 * @param networkOverhead emulated latency added to each synchronous invocation
 * @param priceTable the prices reports are costed with
 * @param async the async queue's retry, age and delivery settings
 * @param region the region named in ARNs and given to functions as {@code AWS_REGION}
 */
public record PlatformSettings(
        Duration keepAlive,
        int globalConcurrency,
        int functionConcurrency,
        int maxInstances,
        InvokeAccess invokeAccess,
        boolean enforceCpu,
        boolean enforceMemory,
        boolean initUnthrottled,
        boolean classDataSharing,
        List<String> jvmOptions,
        Duration initTimeout,
        NetworkOverhead networkOverhead,
        PriceTable priceTable,
        AsyncSettings async,
        String region) {

    /** JVM options chosen for short cold starts; see docs/benchmarks-platform.md. */
    public static final List<String> FAST_START_JVM_OPTIONS = List.of(
            "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData",
            "-XX:+ExitOnOutOfMemoryError", "-Xshare:auto", "-Djava.net.preferIPv4Stack=true");

    /**
     * Checks every value.
     *
     * @throws NullPointerException if a value is {@code null}
     * @throws IllegalArgumentException if a value is out of range
     */
    public PlatformSettings {
        requirePositive("keepAlive", keepAlive);
        requirePositive("initTimeout", initTimeout);
        requireAtLeast("globalConcurrency", globalConcurrency, 1);
        requireAtLeast("functionConcurrency", functionConcurrency, 0);
        requireAtLeast("maxInstances", maxInstances, 1);
        Objects.requireNonNull(invokeAccess, "invokeAccess must not be null");
        jvmOptions = List.copyOf(Objects.requireNonNull(jvmOptions, "jvmOptions must not be null"));
        Objects.requireNonNull(networkOverhead, "networkOverhead must not be null");
        Objects.requireNonNull(priceTable, "priceTable must not be null");
        Objects.requireNonNull(async, "async must not be null");
        Objects.requireNonNull(region, "region must not be null");
    }

    /** @return 10 min keep-alive, 32 concurrent invocations, limits enforced, open loopback invoke */
    public static PlatformSettings defaults() {
        return new PlatformSettings(Duration.ofMinutes(10), 32, 0, 64, InvokeAccess.OPEN, true, true, true,
                true, FAST_START_JVM_OPTIONS, Duration.ofSeconds(10), NetworkOverhead.none(),
                PriceTable.awsX86(), AsyncSettings.defaults(), "us-east-1");
    }

    /** @return a builder that starts from these settings */
    public Builder toBuilder() {
        return new Builder(this);
    }

    private static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }

    private static void requireAtLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", not " + value);
        }
    }

    /** Changes single values of a {@link PlatformSettings}. */
    public static final class Builder {
        private Duration keepAlive;
        private int globalConcurrency;
        private int functionConcurrency;
        private int maxInstances;
        private InvokeAccess invokeAccess;
        private boolean enforceCpu;
        private boolean enforceMemory;
        private boolean initUnthrottled;
        private boolean classDataSharing;
        private List<String> jvmOptions;
        private Duration initTimeout;
        private NetworkOverhead networkOverhead;
        private PriceTable priceTable;
        private AsyncSettings async;
        private String region;

        private Builder(PlatformSettings s) {
            keepAlive = s.keepAlive;
            globalConcurrency = s.globalConcurrency;
            functionConcurrency = s.functionConcurrency;
            maxInstances = s.maxInstances;
            invokeAccess = s.invokeAccess;
            enforceCpu = s.enforceCpu;
            enforceMemory = s.enforceMemory;
            initUnthrottled = s.initUnthrottled;
            classDataSharing = s.classDataSharing;
            jvmOptions = s.jvmOptions;
            initTimeout = s.initTimeout;
            networkOverhead = s.networkOverhead;
            priceTable = s.priceTable;
            async = s.async;
            region = s.region;
        }

        /** @param value idle time before eviction @return this builder */
        public Builder keepAlive(Duration value) {
            keepAlive = value;
            return this;
        }

        /** @param value platform-wide concurrency limit @return this builder */
        public Builder globalConcurrency(int value) {
            globalConcurrency = value;
            return this;
        }

        /** @param value per-function concurrency limit, 0 for none @return this builder */
        public Builder functionConcurrency(int value) {
            functionConcurrency = value;
            return this;
        }

        /** @param value most live instance processes @return this builder */
        public Builder maxInstances(int value) {
            maxInstances = value;
            return this;
        }

        /** @param value whether invoking needs the token @return this builder */
        public Builder invokeAccess(InvokeAccess value) {
            invokeAccess = value;
            return this;
        }

        /** @param value whether to enforce CPU quotas @return this builder */
        public Builder enforceCpu(boolean value) {
            enforceCpu = value;
            return this;
        }

        /** @param value whether to enforce memory limits @return this builder */
        public Builder enforceMemory(boolean value) {
            enforceMemory = value;
            return this;
        }

        /** @param value whether init runs without the CPU quota @return this builder */
        public Builder initUnthrottled(boolean value) {
            initUnthrottled = value;
            return this;
        }

        /** @param value whether to use class-data-sharing archives @return this builder */
        public Builder classDataSharing(boolean value) {
            classDataSharing = value;
            return this;
        }

        /** @param value JVM options for every instance @return this builder */
        public Builder jvmOptions(List<String> value) {
            jvmOptions = value;
            return this;
        }

        /** @param value the longest init @return this builder */
        public Builder initTimeout(Duration value) {
            initTimeout = value;
            return this;
        }

        /** @param value emulated network latency @return this builder */
        public Builder networkOverhead(NetworkOverhead value) {
            networkOverhead = value;
            return this;
        }

        /** @param value the price table @return this builder */
        public Builder priceTable(PriceTable value) {
            priceTable = value;
            return this;
        }

        /** @param value the async queue's settings @return this builder */
        public Builder async(AsyncSettings value) {
            async = value;
            return this;
        }

        /** @param value the region in ARNs @return this builder */
        public Builder region(String value) {
            region = value;
            return this;
        }

        /** @return the settings @throws IllegalArgumentException if a value is out of range */
        public PlatformSettings build() {
            return new PlatformSettings(keepAlive, globalConcurrency, functionConcurrency, maxInstances,
                    invokeAccess, enforceCpu, enforceMemory, initUnthrottled, classDataSharing, jvmOptions,
                    initTimeout, networkOverhead, priceTable, async, region);
        }
    }
}
