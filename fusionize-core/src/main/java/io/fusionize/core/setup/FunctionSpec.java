package io.fusionize.core.setup;

import io.fusionize.protocol.fusion.FunctionNaming;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One function of a setup.
 *
 * <p>Routing rule: a call made by code running in this function to task T runs in-process when T
 * is in the inline set for that kind of call; otherwise it goes remote, to the function whose
 * entry task is T.
 *
 * @param entry the task the function's invocations start with; it also names the function
 * @param memoryMb the memory size in MB
 * @param inlineSync tasks that sync calls run in-process
 * @param inlineAsync tasks that async calls run in-process
 */
public record FunctionSpec(String entry, int memoryMb, Set<String> inlineSync, Set<String> inlineAsync) {

    /** Checks the parts and freezes the inline sets, keeping their order. */
    public FunctionSpec {
        Objects.requireNonNull(entry, "entry must not be null");
        inlineSync = Collections.unmodifiableSet(new LinkedHashSet<>(
                Objects.requireNonNull(inlineSync, "inlineSync must not be null")));
        inlineAsync = Collections.unmodifiableSet(new LinkedHashSet<>(
                Objects.requireNonNull(inlineAsync, "inlineAsync must not be null")));
    }

    /**
     * @param application the application's name
     * @return the platform function name, {@code APP-ENTRY}
     */
    public String functionName(String application) {
        return FunctionNaming.functionName(application, entry);
    }

    /**
     * @param callee the called task
     * @param sync whether the call is sync
     * @return whether that call runs in-process in this function
     */
    public boolean runsInline(String callee, boolean sync) {
        return sync ? inlineSync.contains(callee) : inlineAsync.contains(callee);
    }

    /**
     * @param newMemoryMb the memory size to give
     * @return this function with another memory size
     */
    public FunctionSpec withMemoryMb(int newMemoryMb) {
        return new FunctionSpec(entry, newMemoryMb, inlineSync, inlineAsync);
    }
}
