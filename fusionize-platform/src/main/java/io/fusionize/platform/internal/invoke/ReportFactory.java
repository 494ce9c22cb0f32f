package io.fusionize.platform.internal.invoke;

import io.fusionize.platform.ResourceEnforcement;
import io.fusionize.platform.internal.instance.Invocation;
import io.fusionize.platform.internal.instance.InvocationOutcome;
import io.fusionize.platform.internal.state.FunctionVersion;
import io.fusionize.protocol.billing.PriceTable;
import io.fusionize.protocol.telemetry.InvocationReport;
import java.util.Locale;

/** Turns finished invocations into reports and Lambda-style REPORT lines. */
final class ReportFactory {

    private final PriceTable prices;
    private final ResourceEnforcement enforcement;

    ReportFactory(PriceTable prices, ResourceEnforcement enforcement) {
        this.prices = prices;
        this.enforcement = enforcement;
    }

    InvocationReport finished(Invocation invocation) {
        InvocationOutcome outcome = invocation.outcome();
        FunctionVersion version = invocation.version();
        int memoryMb = version.settings().memoryMb();
        double duration = invocation.durationMs();
        double init = invocation.coldStart() ? invocation.initDurationMs() : 0;
        long billed = prices.billedMillis(duration, init);
        return new InvocationReport(invocation.requestId(), version.functionName(), version.version(), memoryMb,
                invocation.invocationType(), invocation.coldStart(), duration, billed, init,
                invocation.maxMemoryUsedMb(), prices.cost(memoryMb, billed),
                outcome.success() ? InvocationReport.OUTCOME_SUCCESS : InvocationReport.OUTCOME_UNHANDLED,
                outcome.errorType(), invocation.startEpochMs(), invocation.endEpochMs(), enforcement.cpuEnforced(),
                enforcement.memoryEnforced(), invocation.oversubscribed());
    }

    InvocationReport throttled(String requestId, FunctionVersion version, String invocationType, String errorType) {
        long now = System.currentTimeMillis();
        return new InvocationReport(requestId, version.functionName(), version.version(),
                version.settings().memoryMb(), invocationType, false, 0, 0, 0, 0, 0,
                InvocationReport.OUTCOME_THROTTLED, errorType, now, now, enforcement.cpuEnforced(),
                enforcement.memoryEnforced(), false);
    }

    static String startLine(Invocation invocation) {
        return "START RequestId: " + invocation.requestId() + " Version: " + invocation.version().version();
    }

    static String endLine(Invocation invocation) {
        return "END RequestId: " + invocation.requestId();
    }

    static String reportLine(InvocationReport report) {
        String line = String.format(Locale.ROOT,
                "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\t"
                        + "Max Memory Used: %d MB", report.requestId(), report.durationMs(),
                report.billedDurationMs(), report.memoryMb(), report.maxMemoryUsedMb());
        return report.coldStart() ? line + String.format(Locale.ROOT, "\tInit Duration: %.2f ms",
                report.initDurationMs()) : line;
    }
}
