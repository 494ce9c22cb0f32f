package io.fusionize.experiment.explore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import io.fusionize.api.Application;
import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupText;

/**
 * Every setup of an application: a routing (for every call edge reachable from an entry task,
 * whether the callee runs inline in the caller's function or remotely) and one memory size for all
 * functions. Different choices can give the same setup, e.g. when two callers in one function
 * disagree about a callee, so routings are counted as the distinct setups they give.
 *
 * <p>Routings are enumerated exhaustively up to {@value #MAX_ENUMERATED_EDGES} edges; beyond that,
 * the count is the upper bound 2^edges and samples are drawn edge by edge.
 */
public final class SetupSpace {

    /** The most edges whose choices are enumerated one by one: 2^16 routings. */
    public static final int MAX_ENUMERATED_EDGES = 16;
    /** How many draws {@link #sample} makes per routing asked for before it gives up on new ones. */
    private static final int DRAWS_PER_SAMPLE = 1_000;

    private final Application application;
    private final List<Edge> edges;
    private final RoutingPlanner planner;

    private SetupSpace(Application application, List<Edge> edges) {
        this.application = application;
        this.edges = List.copyOf(edges);
        this.planner = new RoutingPlanner(application, edges);
    }

    /**
     * @param application an application
     * @return its setup space, over the call edges of the tasks its entry tasks reach, in task
     *     order, each task's sync calls before its async ones
     */
    public static SetupSpace of(Application application) {
        Objects.requireNonNull(application, "application must not be null");
        Set<String> reached = reachedTasks(application);
        List<Edge> edges = new ArrayList<>();
        application.tasks().values().stream().filter(task -> reached.contains(task.name())).forEach(task -> {
            task.calls().syncCallees().forEach(callee -> edges.add(new Edge(task.name(), callee, true)));
            task.calls().asyncCallees().forEach(callee -> edges.add(new Edge(task.name(), callee, false)));
        });
        return new SetupSpace(application, edges);
    }

    private static Set<String> reachedTasks(Application application) {
        Set<String> reached = new LinkedHashSet<>(application.entryTasks());
        Deque<String> pending = new ArrayDeque<>(reached);
        while (!pending.isEmpty()) {
            var calls = application.tasks().get(pending.poll()).calls();
            calls.syncCallees().stream().filter(reached::add).forEach(pending::add);
            calls.asyncCallees().stream().filter(reached::add).forEach(pending::add);
        }
        return reached;
    }

    /** @return the application */
    public Application application() {
        return application;
    }

    /** @return the call edges a routing decides */
    public List<Edge> edges() {
        return edges;
    }

    /** @return the sync call edges */
    public List<Edge> syncEdges() {
        return edges.stream().filter(Edge::sync).toList();
    }

    /** @return every callee its own function, reached ones only: every edge remote */
    public Setup allRemote() {
        return planner.routing(edge -> false);
    }

    /** @return one function per entry task running everything it reaches: every edge inline */
    public Setup allLocal() {
        return planner.routing(edge -> true);
    }

    /**
     * @param inline the edges that run their callee in-process; every other edge is remote
     * @return the valid setup that routing gives, every function at the default memory size
     */
    public Setup routing(Set<Edge> inline) {
        return planner.routing(inline::contains);
    }

    /**
     * @return the distinct routings in which every async edge stays remote, all-remote first
     * @throws IllegalStateException when there are more than {@value #MAX_ENUMERATED_EDGES} sync edges
     */
    public List<Setup> remoteAsyncRoutings() {
        List<Edge> sync = syncEdges();
        if (sync.size() > MAX_ENUMERATED_EDGES) {
            throw new IllegalStateException(application.name() + " has " + sync.size() + " sync call edges, 2^"
                    + sync.size() + " routings; choose sample:N instead of all");
        }
        return distinct(sync);
    }

    /** @return every distinct routing, all-remote first, when the edges are few enough to enumerate */
    public Optional<List<Setup>> allRoutings() {
        return edges.size() <= MAX_ENUMERATED_EDGES ? Optional.of(distinct(edges)) : Optional.empty();
    }

    /**
     * @param memorySizes how many memory sizes each routing is measured at
     * @return how many setups the space holds
     */
    public SpaceSize size(int memorySizes) {
        Optional<List<Setup>> all = allRoutings();
        long syncCount = syncEdges().size();
        long remoteAsync = syncCount <= MAX_ENUMERATED_EDGES ? remoteAsyncRoutings().size() : 1L << Math.min(62,
                syncCount);
        long routings = all.map(list -> (long) list.size()).orElse(1L << Math.min(62, edges.size()));
        return new SpaceSize(routings, remoteAsync, memorySizes, all.isPresent());
    }

    /**
     * Draws distinct routings that are not taken yet, reproducibly.
     *
     * @param count how many routings to draw
     * @param seed the seed; one seed always gives the same routings
     * @param taken routings already chosen; none of them is drawn
     * @return up to {@code count} routings, fewer when the space has no more
     */
    public List<Setup> sample(int count, long seed, Collection<Setup> taken) {
        Set<String> excluded = taken.stream().map(SetupSpace::key).collect(Collectors.toSet());
        // java.util.Random's sequence is specified, so a seed means the same routings on every JDK
        Random random = new Random(seed);
        Optional<List<Setup>> all = allRoutings();
        if (all.isPresent()) {
            List<Setup> rest = new ArrayList<>(all.get().stream().filter(s -> !excluded.contains(key(s))).toList());
            Collections.shuffle(rest, random);
            return List.copyOf(rest.subList(0, Math.min(count, rest.size())));
        }
        return drawn(count, random, excluded);
    }

    private List<Setup> drawn(int count, Random random, Set<String> excluded) {
        Map<String, Setup> chosen = new LinkedHashMap<>();
        for (long draw = 0; draw < (long) count * DRAWS_PER_SAMPLE && chosen.size() < count; draw++) {
            Set<Edge> inline = edges.stream().filter(edge -> random.nextBoolean()).collect(Collectors.toSet());
            Setup setup = routing(inline);
            if (!excluded.contains(key(setup))) {
                chosen.putIfAbsent(key(setup), setup);
            }
        }
        return List.copyOf(chosen.values());
    }

    private List<Setup> distinct(List<Edge> chosenFrom) {
        Map<String, Setup> routings = new LinkedHashMap<>();
        for (long mask = 0; mask < 1L << chosenFrom.size(); mask++) {
            long bits = mask;
            Setup setup = planner.routing(edge -> {
                int index = chosenFrom.indexOf(edge);
                return index >= 0 && (bits & 1L << index) != 0;
            });
            routings.putIfAbsent(key(setup), setup);
        }
        return List.copyOf(routings.values());
    }

    /**
     * @param setup a setup of this space
     * @return its text form without the header, e.g. {@code A+B@1024, C@1024}; equal setups read the same
     */
    public static String text(Setup setup) {
        return setup.functions().stream().map(SetupText::format).collect(Collectors.joining(", "));
    }

    /**
     * @param routing a routing
     * @param memoryMb the memory size to give every function
     * @return the setup
     */
    public static Setup atMemory(Setup routing, int memoryMb) {
        List<FunctionSpec> functions = routing.functions().stream().map(f -> f.withMemoryMb(memoryMb)).toList();
        return new Setup(routing.application(), routing.version(), functions);
    }

    private static String key(Setup setup) {
        return text(atMemory(setup, 128));
    }
}
