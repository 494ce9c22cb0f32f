package io.fusionize.api;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The callees a task declares, by kind of call. The framework refuses undeclared calls, so the
 * declared graph is the graph that setups are validated against.
 */
public final class Calls {

    private static final Calls NONE = new Calls(Set.of(), Set.of());

    private final Set<String> sync;
    private final Set<String> async;

    private Calls(Set<String> sync, Set<String> async) {
        this.sync = sync;
        this.async = async;
    }

    /** @return the declaration of a task that calls nothing */
    public static Calls none() {
        return NONE;
    }

    /**
     * @param callees tasks called synchronously
     * @return a declaration with these sync callees
     */
    public static Calls sync(String... callees) {
        return NONE.andSync(callees);
    }

    /**
     * @param callees tasks called asynchronously
     * @return a declaration with these async callees
     */
    public static Calls async(String... callees) {
        return NONE.andAsync(callees);
    }

    /**
     * @param callees further tasks called synchronously
     * @return a new declaration with these sync callees added
     */
    public Calls andSync(String... callees) {
        return new Calls(union(sync, callees), async);
    }

    /**
     * @param callees further tasks called asynchronously
     * @return a new declaration with these async callees added
     */
    public Calls andAsync(String... callees) {
        return new Calls(sync, union(async, callees));
    }

    /** @return the sync callees, in declaration order */
    public Set<String> syncCallees() {
        return sync;
    }

    /** @return the async callees, in declaration order */
    public Set<String> asyncCallees() {
        return async;
    }

    private static Set<String> union(Set<String> existing, String... added) {
        Set<String> result = new LinkedHashSet<>(existing);
        Arrays.stream(added).map(name -> Objects.requireNonNull(name, "callee must not be null"))
                .forEach(result::add);
        return Collections.unmodifiableSet(result);
    }

    @Override
    public String toString() {
        return "Calls[sync=" + sync + ", async=" + async + "]";
    }
}
