package io.fusionize.experiment.run;

import io.fusionize.protocol.json.ProtocolJson;
import io.fusionize.protocol.telemetry.InvocationReport;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the platform's invocation reports say about resource enforcement: whether every reported
 * invocation ran under an enforced CPU quota and memory limit, and how many ran while the
 * instances' CPU quotas added up to more than the machine has.
 */
public final class PlatformReportFlags {

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
        InvocationReport report;
        try {
            report = ProtocolJson.mapper().readValue(reportJson, InvocationReport.class);
        } catch (IOException | RuntimeException unreadable) {
            // the monitor counts malformed reports; here they only cannot vouch for enforcement
            return;
        }
        accept(report);
    }

    /**
     * @param report one invocation report
     */
    public void accept(InvocationReport report) {
        reports.incrementAndGet();
        if (!report.cpuLimitEnforced()) {
            cpuAlwaysEnforced.set(false);
        }
        if (!report.memoryLimitEnforced()) {
            memoryAlwaysEnforced.set(false);
        }
        if (report.oversubscribed()) {
            oversubscribed.incrementAndGet();
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
