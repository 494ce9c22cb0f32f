package io.fusionize.experiment.run;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the platform's invocation reports say about resource enforcement: whether every reported
 * invocation ran under an enforced CPU quota and memory limit, and how many ran while the
 * instances' CPU quotas added up to more than the machine has.
 */
public final class PlatformReportFlags {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AtomicLong reports = new AtomicLong();
    private final AtomicLong oversubscribed = new AtomicLong();
    private final AtomicBoolean cpuAlwaysEnforced = new AtomicBoolean(true);
    private final AtomicBoolean memoryAlwaysEnforced = new AtomicBoolean(true);

    /**
     * Reads one report; reports that cannot be parsed are ignored, as the monitor counts them.
     *
     * @param reportJson one invocation report as JSON
     */
    public void accept(String reportJson) {
        try {
            JsonNode report = JSON.readTree(reportJson);
            reports.incrementAndGet();
            if (!report.path("cpuLimitEnforced").asBoolean(false)) {
                cpuAlwaysEnforced.set(false);
            }
            if (!report.path("memoryLimitEnforced").asBoolean(false)) {
                memoryAlwaysEnforced.set(false);
            }
            if (report.path("oversubscribed").asBoolean(false)) {
                oversubscribed.incrementAndGet();
            }
        } catch (Exception unreadable) {
            // the monitor counts malformed reports; here they only cannot vouch for enforcement
        }
    }

    /** @return how many reports were read */
    public long reports() {
        return reports.get();
    }

    /** @return whether reports were read and every one ran under an enforced CPU quota */
    public boolean cpuLimitEnforced() {
        return reports.get() > 0 && cpuAlwaysEnforced.get();
    }

    /** @return whether reports were read and every one ran under an enforced memory limit */
    public boolean memoryLimitEnforced() {
        return reports.get() > 0 && memoryAlwaysEnforced.get();
    }

    /** @return how many reported invocations ran while CPU quotas exceeded the machine's cores */
    public long oversubscribedInvocations() {
        return oversubscribed.get();
    }
}
