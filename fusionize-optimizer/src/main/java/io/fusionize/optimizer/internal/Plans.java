package io.fusionize.optimizer.internal;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Compares and edits setups as deployment plans: what runs where with how much memory, whatever
 * the version and the order of functions.
 */
public final class Plans {

    private Plans() {
    }

    /**
     * @param a a setup
     * @param b another setup
     * @return whether both deploy the same functions with the same inline sets and memory
     */
    public static boolean samePlan(Setup a, Setup b) {
        return a.application().equals(b.application()) && byEntry(a).equals(byEntry(b));
    }

    /**
     * @param a a setup
     * @param b another setup
     * @return whether both route every call the same way, whatever their memory sizes
     */
    public static boolean sameFusion(Setup a, Setup b) {
        return a.application().equals(b.application())
                && byEntry(withUniformMemory(a, 1)).equals(byEntry(withUniformMemory(b, 1)));
    }

    /**
     * @param setup a setup
     * @return the memory size every function has, if they all have the same
     */
    public static OptionalInt uniformMemory(Setup setup) {
        Set<Integer> sizes = setup.functions().stream().map(FunctionSpec::memoryMb).collect(Collectors.toSet());
        return sizes.size() == 1 ? OptionalInt.of(sizes.iterator().next()) : OptionalInt.empty();
    }

    /**
     * @param setup a setup
     * @param memoryMb a memory size
     * @return the setup with every function at that size
     */
    public static Setup withUniformMemory(Setup setup, int memoryMb) {
        return map(setup, f -> new FunctionSpec(f.entry(), memoryMb, f.inlineSync(), f.inlineAsync()));
    }

    /**
     * @param setup a setup
     * @param memoryByEntry memory sizes by entry task; functions not named keep theirs
     * @return the setup with those sizes
     */
    public static Setup withMemory(Setup setup, Map<String, Integer> memoryByEntry) {
        return map(setup, f -> new FunctionSpec(f.entry(), memoryByEntry.getOrDefault(f.entry(), f.memoryMb()),
                f.inlineSync(), f.inlineAsync()));
    }

    /**
     * @param setup a setup
     * @param entry the entry task of the function to change
     * @param callee a task that function's sync calls should run in-process
     * @return the setup with that rule added
     */
    public static Setup withInlineSync(Setup setup, String entry, String callee) {
        return map(setup, f -> !f.entry().equals(entry) ? f
                : new FunctionSpec(f.entry(), f.memoryMb(), plus(f.inlineSync(), callee), f.inlineAsync()));
    }

    /**
     * @param setup a setup
     * @param entry the entry task of the function to change
     * @param callee a task that function's async calls should invoke remotely
     * @return the setup with that rule removed
     */
    public static Setup withoutInlineAsync(Setup setup, String entry, String callee) {
        return map(setup, f -> !f.entry().equals(entry) ? f
                : new FunctionSpec(f.entry(), f.memoryMb(), f.inlineSync(), minus(f.inlineAsync(), callee)));
    }

    private static Setup map(Setup setup, UnaryOperator<FunctionSpec> change) {
        List<FunctionSpec> functions = setup.functions().stream().map(change).toList();
        return new Setup(setup.application(), setup.version(), functions);
    }

    private static Map<String, FunctionSpec> byEntry(Setup setup) {
        return setup.functions().stream().collect(Collectors.toMap(FunctionSpec::entry, f -> f));
    }

    private static Set<String> plus(Set<String> tasks, String task) {
        Set<String> more = new LinkedHashSet<>(tasks);
        more.add(task);
        return more;
    }

    private static Set<String> minus(Set<String> tasks, String task) {
        Set<String> fewer = new LinkedHashSet<>(tasks);
        fewer.remove(task);
        return fewer;
    }
}
