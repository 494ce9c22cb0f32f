package io.fusionize.core.setup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The changes that turn one setup of an application into another, in words, e.g.
 * {@code "inline DJ into CA"}, {@code "make AS remote from CA (async)"},
 * {@code "CT: 128 → 1024 MB"}, {@code "add function X (512 MB)"}, {@code "remove function Y"}.
 *
 * <p>Functions are matched by entry task. Inline changes for async calls carry the suffix
 * {@code (async)}. The version is not a change: every new setup has a new one.
 *
 * @param changes the changes, removals first, then additions, then changes to kept functions
 */
public record SetupDiff(List<String> changes) {

    /** Freezes the list. */
    public SetupDiff {
        changes = List.copyOf(Objects.requireNonNull(changes, "changes must not be null"));
    }

    /**
     * @param from the setup deployed before
     * @param to the setup deployed after
     * @return what changes from {@code from} to {@code to}
     * @throws IllegalArgumentException when the setups are for different applications
     */
    public static SetupDiff between(Setup from, Setup to) {
        Objects.requireNonNull(from, "from setup must not be null");
        Objects.requireNonNull(to, "to setup must not be null");
        if (!from.application().equals(to.application())) {
            throw new IllegalArgumentException("cannot compare setups of different applications: "
                    + from.application() + " and " + to.application());
        }
        List<String> changes = new ArrayList<>();
        // Looked up by entry once: a setup of thousands of functions must not be scanned per function.
        Map<String, FunctionSpec> fromByEntry = byEntry(from);
        Map<String, FunctionSpec> toByEntry = byEntry(to);
        from.functions().stream().filter(f -> !toByEntry.containsKey(f.entry()))
                .forEach(f -> changes.add("remove function " + f.entry()));
        for (FunctionSpec after : to.functions()) {
            Optional<FunctionSpec> before = Optional.ofNullable(fromByEntry.get(after.entry()));
            if (before.isPresent()) {
                describeChanges(before.get(), after, changes);
            } else {
                describeAddition(after, changes);
            }
        }
        return new SetupDiff(changes);
    }

    /** @return the functions by entry task; the first of a duplicated entry, as {@link Setup#function} finds */
    private static Map<String, FunctionSpec> byEntry(Setup setup) {
        Map<String, FunctionSpec> byEntry = new HashMap<>();
        setup.functions().forEach(function -> byEntry.putIfAbsent(function.entry(), function));
        return byEntry;
    }

    /** @return whether the two setups deploy the same functions */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** @return the changes joined by {@code "; "}, or {@code "no changes"} */
    @Override
    public String toString() {
        return isEmpty() ? "no changes" : String.join("; ", changes);
    }

    private static void describeAddition(FunctionSpec added, List<String> changes) {
        changes.add("add function " + added.entry() + " (" + added.memoryMb() + " MB)");
        describeInlineChanges(added.entry(), Set.of(), added.inlineSync(), "", changes);
        describeInlineChanges(added.entry(), Set.of(), added.inlineAsync(), " (async)", changes);
    }

    private static void describeChanges(FunctionSpec before, FunctionSpec after, List<String> changes) {
        describeInlineChanges(after.entry(), before.inlineSync(), after.inlineSync(), "", changes);
        describeInlineChanges(after.entry(), before.inlineAsync(), after.inlineAsync(), " (async)", changes);
        if (before.memoryMb() != after.memoryMb()) {
            changes.add(after.entry() + ": " + before.memoryMb() + " → " + after.memoryMb() + " MB");
        }
    }

    private static void describeInlineChanges(String function, Set<String> before, Set<String> after,
            String kind, List<String> changes) {
        after.stream().filter(task -> !before.contains(task))
                .forEach(task -> changes.add("inline " + task + " into " + function + kind));
        before.stream().filter(task -> !after.contains(task))
                .forEach(task -> changes.add("make " + task + " remote from " + function + kind));
    }
}
