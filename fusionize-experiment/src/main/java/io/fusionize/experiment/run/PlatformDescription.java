package io.fusionize.experiment.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.fusionize.experiment.report.PlatformSettings;

/** Names the platform settings an experiment ran under, as its report shows them. */
final class PlatformDescription {

    private PlatformDescription() {
    }

    /**
     * @param settings the platform's settings
     * @param flags what its reports said about enforcement
     * @param options the experiment's options
     * @return the report's view of the settings
     */
    static PlatformSettings of(io.fusionize.platform.PlatformSettings settings, PlatformReportFlags flags,
            ExperimentOptions options) {
        return new PlatformSettings(flags.cpuLimitEnforced(), flags.memoryLimitEnforced(), overhead(options),
                settings.priceTable(),
                PlatformSettings.currentJvm(), other(settings, flags, options));
    }

    private static String overhead(ExperimentOptions options) {
        return options.emulatedOverheadMs() > 0
                ? String.format(Locale.ROOT, "%s ms added to every synchronous invocation (each sync remote call and "
                        + "each root request)", trim(options.emulatedOverheadMs()))
                : "off";
    }

    private static List<String> other(io.fusionize.platform.PlatformSettings settings, PlatformReportFlags flags,
            ExperimentOptions options) {
        List<String> other = new ArrayList<>();
        other.add("Enforcement as the platform reported it in " + flags.reports() + " invocation reports; CPU quota "
                + "proportional to memory (1,769 MB = 1 core)");
        other.add("Keep-alive: " + settings.keepAlive().toMillis() / 1000.0 + " s; init timeout "
                + settings.initTimeout().toSeconds() + " s; concurrency limit " + settings.globalConcurrency()
                + "; init billed: " + settings.priceTable().initBilled());
        other.add("Instance JVM options: " + String.join(" ", settings.jvmOptions()) + "; class-data sharing: "
                + (settings.classDataSharing() ? "on" : "off"));
        other.add("Objective: " + options.goal().label() + " (" + options.goal().describe() + "); architecture: "
                + options.architecture().name().toLowerCase(Locale.ROOT) + ", billed and forecast at "
                + options.prices().name() + " prices");
        other.add("Machine: " + options.cores() + " cores; memory sizes tried: " + options.memorySizesMb() + " MB"
                + (options.quick() ? "; quick experiment" : ""));
        return other;
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
