package io.fusionize.examples.tree;

import io.fusionize.api.Application;
import io.fusionize.api.Calls;
import io.fusionize.examples.SeedRequests;
import java.time.Duration;
import java.util.List;

/**
 * The Tree application of the Fusionize++ evaluation: seven tasks, entry {@code A}.
 *
 * <pre>
 * A -async-&gt; C, then -sync-&gt; B
 * B -sync-&gt;  D, then pauses 500 ms
 * D -sync-&gt;  E, then pauses 500 ms
 * E pauses 500 ms
 * C -async-&gt; F and G, then runs two CPU workers
 * F, G run two CPU workers each
 * </pre>
 *
 * <p>Its load sends {@code {"seed": N}} to {@code A}, which passes it along; the work is the same
 * for every seed.
 */
public final class TreeApplication {

    /** The application's name. */
    public static final String NAME = "tree";
    /** How long B, D and E pause in the evaluation. */
    public static final Duration EVALUATION_PAUSE = Duration.ofMillis(500);

    private TreeApplication() {
    }

    /** @return the application as evaluated, with 500 ms pauses */
    public static Application create() {
        return create(EVALUATION_PAUSE);
    }

    /**
     * @param pause how long B, D and E pause
     * @return the application
     */
    public static Application create(Duration pause) {
        return Application.builder(NAME)
                .entry("A", new TreeRoot("C", "B"), Calls.async("C").andSync("B"))
                .task("B", PausingLink.calling("D", pause), Calls.sync("D"))
                .task("D", PausingLink.calling("E", pause), Calls.sync("E"))
                .task("E", PausingLink.last(pause), Calls.none())
                .task("C", new WorkingFanOut(List.of("F", "G")), Calls.async("F", "G"))
                .task("F", new WorkingFanOut(List.of()), Calls.none())
                .task("G", new WorkingFanOut(List.of()), Calls.none())
                .requests(SeedRequests.to("A"))
                .build();
    }
}
