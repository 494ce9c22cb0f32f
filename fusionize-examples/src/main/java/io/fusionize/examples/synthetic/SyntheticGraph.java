package io.fusionize.examples.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * The tasks of a synthetic application, drawn from its spec's seed: a forest with one tree per
 * entry task, whose call edges are async with the spec's share, and whose tasks each draw their
 * CPU work and waiting uniformly between half and one and a half times the spec's means.
 *
 * <p>Each task after the entries picks its caller uniformly among the earlier tasks that are
 * less than the spec's depth away from their entry, so the graph is a random recursive tree cut
 * at that depth. One request to an entry therefore runs every task of its tree exactly once.
 */
public final class SyntheticGraph {

    private final SyntheticSpec spec;
    private final List<SyntheticTaskShape> tasks;

    private SyntheticGraph(SyntheticSpec spec, List<SyntheticTaskShape> tasks) {
        this.spec = spec;
        this.tasks = List.copyOf(tasks);
    }

    /**
     * @param spec what the application looks like
     * @return its tasks; the same for the same spec, on every JVM (the draws come from {@link Random})
     */
    public static SyntheticGraph generate(SyntheticSpec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        Random random = new Random(spec.seed());
        Tree tree = Tree.draw(spec, random);
        List<SyntheticTaskShape> tasks = new ArrayList<>(spec.tasks());
        for (int index = 0; index < spec.tasks(); index++) {
            tasks.add(new SyntheticTaskShape(SyntheticTaskShape.nameOf(index), index, tree.depth(index),
                    around(spec.cpuMs(), random), Math.round(around(spec.waitMs(), random)), spec.memoryMb(),
                    spec.payloadBytes(), tree.calls(index)));
        }
        return new SyntheticGraph(spec, tasks);
    }

    /** @return the spec it was drawn from */
    public SyntheticSpec spec() {
        return spec;
    }

    /** @return every task, by index */
    public List<SyntheticTaskShape> tasks() {
        return tasks;
    }

    /** @return the entry tasks, the first {@link SyntheticSpec#entries()} */
    public List<SyntheticTaskShape> entries() {
        return tasks.subList(0, spec.entries());
    }

    // Uniform between half and one and a half times the mean: every task differs, none is extreme.
    private static double around(double mean, Random random) {
        return mean * (0.5 + random.nextDouble());
    }

    /** The drawn call tree: each task's depth and calls. */
    private record Tree(int[] depths, List<List<SyntheticCall>> calls) {

        static Tree draw(SyntheticSpec spec, Random random) {
            int[] depths = new int[spec.tasks()];
            List<List<SyntheticCall>> calls = new ArrayList<>(spec.tasks());
            List<Integer> callers = new ArrayList<>();
            for (int index = 0; index < spec.tasks(); index++) {
                calls.add(new ArrayList<>());
                if (index >= spec.entries()) {
                    int caller = callers.get(random.nextInt(callers.size()));
                    depths[index] = depths[caller] + 1;
                    calls.get(caller).add(new SyntheticCall(SyntheticTaskShape.nameOf(index),
                            random.nextDouble() >= spec.asyncShare()));
                }
                if (depths[index] < spec.maxDepth()) {
                    callers.add(index);
                }
            }
            return new Tree(depths, calls);
        }

        int depth(int index) {
            return depths[index];
        }

        List<SyntheticCall> calls(int index) {
            return calls.get(index);
        }
    }
}
