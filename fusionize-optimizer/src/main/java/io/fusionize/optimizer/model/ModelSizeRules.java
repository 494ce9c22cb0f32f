package io.fusionize.optimizer.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sizes the model allows a function: configured sizes it can predict for every task of the
 * function, with the memory headroom above their largest measured use, and above any size at which
 * a function running those tasks timed out, ran out of memory or crashed.
 */
final class ModelSizeRules implements SizeRules {

    private final PerformanceModel model;
    private final Map<Set<String>, List<Integer>> cache = new HashMap<>();

    ModelSizeRules(PerformanceModel model) {
        this.model = model;
    }

    @Override
    public List<Integer> allowed(Set<String> tasks) {
        return cache.computeIfAbsent(Set.copyOf(tasks), this::compute);
    }

    private List<Integer> compute(Set<String> tasks) {
        List<TaskProfile> profiles = tasks.stream().map(t -> model.task(t).orElseThrow()).toList();
        double need = profiles.stream().mapToDouble(TaskProfile::memoryNeedMb).max().orElse(0);
        double headroom = model.options().memoryHeadroom();
        return model.options().memorySizesMb().stream().sorted()
                .filter(size -> profiles.stream().allMatch(p -> p.predictableAt(size)))
                .filter(size -> size >= headroom * need)
                .filter(size -> !failedAtOrAbove(tasks, size))
                .toList();
    }

    // A size no larger than one where a subset of these tasks failed would fail again.
    private boolean failedAtOrAbove(Set<String> tasks, int size) {
        return model.failures().stream().anyMatch(f -> size <= f.memoryMb() && tasks.containsAll(f.tasks()));
    }
}
