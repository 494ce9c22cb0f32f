package io.fusionize.platform;

import java.util.ArrayList;
import java.util.List;

/** The lines a person starting the platform should read: endpoint, token, and what is enforced. */
final class StartupSummary {

    private StartupSummary() {
    }

    static List<String> lines(LocalPlatform platform) {
        PlatformSettings settings = platform.settings();
        ResourceEnforcement enforcement = platform.enforcement();
        List<String> lines = new ArrayList<>();
        lines.add("Fusionize local platform listening on " + platform.uri());
        lines.add("Bearer token: " + platform.tokenFile() + " (owner-only, 0600)");
        lines.add("Invoke API: " + (settings.invokeAccess() == InvokeAccess.OPEN
                ? "open to loopback clients" : "requires the bearer token"));
        lines.add("Limits: " + enforcement.describe());
        lines.add("Concurrency: " + settings.globalConcurrency() + " platform-wide, "
                + (settings.functionConcurrency() > 0 ? settings.functionConcurrency() : "no") + " per-function limit"
                + "; keep-alive " + settings.keepAlive().toSeconds() + " s; init "
                + (settings.initUnthrottled() ? "unthrottled" : "throttled"));
        lines.add("Prices: " + settings.priceTable().name() + "; network overhead: "
                + settings.networkOverhead().describe() + "; class-data sharing: "
                + (settings.classDataSharing() ? "on" : "off"));
        lines.add("Cores: " + Runtime.getRuntime().availableProcessors()
                + " (reports flag invocations that ran while busy instances' CPU shares exceeded them)");
        if (!enforcement.cpuEnforced() || !enforcement.memoryEnforced()) {
            lines.add("WARNING: not every limit is enforced; every report records which ones were.");
        }
        return lines;
    }
}
