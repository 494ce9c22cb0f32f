package io.fusionize.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.fusionize.protocol.json.ProtocolJson;
import io.fusionize.protocol.telemetry.InvocationReport;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The live figures, from the platform's reports of the last {@link #WINDOW_MS} ms: requests per
 * second at the entry functions, the error ratio, cold starts, the share of invocations that ran
 * while CPU quotas oversubscribed the machine, and per function its live instances (where the
 * platform runs in this process) and how many were busy on average.
 */
public final class LiveWindow {

    /** The window the rates are taken over. */
    public static final long WINDOW_MS = 10_000;
    /** How far back the requests-per-second history reaches. */
    public static final long HISTORY_MS = 120_000;

    private final Set<String> entryFunctions;
    private final LongSupplier clock;
    private final Deque<InvocationReport> reports = new ArrayDeque<>();
    private final Set<String> functionsSeen = new TreeSet<>();
    private long coldStartsTotal;
    private long invocationsTotal;

    /**
     * @param entryFunctions the platform names of the functions root requests arrive at
     * @param clock the time in epoch ms, e.g. {@code System::currentTimeMillis}
     */
    public LiveWindow(Set<String> entryFunctions, LongSupplier clock) {
        this.entryFunctions = Set.copyOf(entryFunctions);
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /** @param json one report; one that cannot be read is skipped */
    public void acceptJson(String json) {
        try {
            accept(ProtocolJson.mapper().readValue(json, InvocationReport.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // A live view shows what it can read; the monitor reports unreadable telemetry.
        }
    }

    /** @param report one report */
    public synchronized void accept(InvocationReport report) {
        reports.addLast(report);
        functionsSeen.add(report.functionName());
        invocationsTotal++;
        if (report.coldStart()) {
            coldStartsTotal++;
        }
        forgetBefore(clock.getAsLong() - HISTORY_MS);
    }

    /**
     * @param liveInstances live instance processes of a function, where known
     * @return the figures now
     */
    public synchronized LiveFigures figures(Function<String, OptionalLong> liveInstances) {
        long now = clock.getAsLong();
        forgetBefore(now - HISTORY_MS);
        List<InvocationReport> recent = reports.stream().filter(r -> r.endEpochMs() > now - WINDOW_MS).toList();
        long roots = recent.stream().filter(r -> entryFunctions.contains(r.functionName())).count();
        long failed = recent.stream().filter(InvocationReport::failed).count();
        long cold = recent.stream().filter(InvocationReport::coldStart).count();
        long oversubscribed = recent.stream().filter(InvocationReport::oversubscribed).count();
        List<LiveFigures.FunctionLoad> functions = new ArrayList<>();
        for (String function : functionsSeen) {
            double busyMs = recent.stream().filter(r -> r.functionName().equals(function))
                    .mapToDouble(InvocationReport::durationMs).sum();
            OptionalLong live = liveInstances.apply(function);
            functions.add(new LiveFigures.FunctionLoad(function, live.isPresent() ? live.getAsLong() : null,
                    busyMs / WINDOW_MS));
        }
        return new LiveFigures(WINDOW_MS / 1000, roots * 1000.0 / WINDOW_MS,
                recent.isEmpty() ? 0 : (double) failed / recent.size(), cold, coldStartsTotal, invocationsTotal,
                recent.isEmpty() ? 0 : (double) oversubscribed / recent.size(), functions, history(now));
    }

    /** Root requests per second, one value per second of the history, oldest first. */
    private List<double[]> history(long now) {
        Map<Long, Integer> perSecond = new TreeMap<>();
        long first = (now - HISTORY_MS) / 1000;
        for (long second = first; second <= now / 1000; second++) {
            perSecond.put(second, 0);
        }
        reports.stream().filter(r -> entryFunctions.contains(r.functionName()))
                .forEach(r -> perSecond.computeIfPresent(r.endEpochMs() / 1000, (s, n) -> n + 1));
        List<double[]> points = new ArrayList<>();
        perSecond.forEach((second, count) -> points.add(new double[] {second - now / 1000, count}));
        return points;
    }

    private void forgetBefore(long epochMs) {
        while (!reports.isEmpty() && reports.peekFirst().endEpochMs() < epochMs) {
            reports.removeFirst();
        }
    }
}
