package io.fusionize.optimizer.internal;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.monitor.FunctionStatistics;
import io.fusionize.optimizer.DeployedSetup;
import io.fusionize.optimizer.History;
import io.fusionize.protocol.billing.PriceTable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Prices a function's measured sizes and excludes those where it ever timed out, ran out of
 * memory or crashed while running the same tasks.
 */
final class MemoryCosts {

    private final PriceTable prices;

    MemoryCosts(PriceTable prices) {
        this.prices = prices;
    }

    Optional<SizeCost> cheapest(FunctionSpec function, List<DeployedSetup> sweeps, History history) {
        return sweeps.stream()
                .map(sweep -> priced(function.entry(), sweep))
                .flatMap(Optional::stream)
                .filter(cost -> !failedAt(function, cost.memoryMb(), history))
                .min(Comparator.comparingDouble(SizeCost::costUsd).thenComparingInt(SizeCost::memoryMb));
    }

    private Optional<SizeCost> priced(String entry, DeployedSetup sweep) {
        int size = sweep.setup().function(entry).orElseThrow().memoryMb();
        return sweep.statistics().function(entry, size)
                .filter(f -> f.invocations() > 0 && f.meanBilledDurationMs() > 0)
                .map(f -> new SizeCost(size, prices.costPerInvocation(f.meanBilledDurationMs(), size),
                        f.meanBilledDurationMs()));
    }

    // Any setup where this function ran the same tasks at this size and hit its limits rules it out.
    private static boolean failedAt(FunctionSpec function, int memoryMb, History history) {
        return history.entries().stream()
                .filter(e -> runsSameTasksAt(e, function, memoryMb))
                .flatMap(e -> e.statistics().function(function.entry(), memoryMb).stream())
                .anyMatch(FunctionStatistics::hadResourceFailures);
    }

    private static boolean runsSameTasksAt(DeployedSetup entry, FunctionSpec function, int memoryMb) {
        return entry.setup().function(function.entry())
                .filter(f -> f.memoryMb() == memoryMb && f.inlineSync().equals(function.inlineSync())
                        && f.inlineAsync().equals(function.inlineAsync()))
                .isPresent();
    }
}
