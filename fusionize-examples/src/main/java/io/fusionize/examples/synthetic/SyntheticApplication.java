package io.fusionize.examples.synthetic;

import io.fusionize.api.Application;
import io.fusionize.api.Calls;
import io.fusionize.api.RequestMix;
import io.fusionize.api.RequestSource;
import java.util.List;
import java.util.Objects;

/**
 * Builds synthetic applications through the ordinary task API: one {@link SyntheticTask} per task
 * of a {@link SyntheticGraph}, with the calls it makes declared, and requests spread evenly over
 * the entry tasks.
 */
public final class SyntheticApplication {

    private SyntheticApplication() {
    }

    /**
     * @param spec what the application looks like
     * @return the application, named {@link SyntheticSpec#applicationName()}
     */
    public static Application generate(SyntheticSpec spec) {
        return build(SyntheticGraph.generate(spec));
    }

    /**
     * @param spec a spec's text, e.g. {@code synthetic:tasks=100,seed=7}
     * @return the application
     * @throws IllegalArgumentException when the text is malformed
     */
    public static Application generate(String spec) {
        return generate(SyntheticSpec.parse(spec));
    }

    /**
     * @param graph drawn tasks
     * @return the application that runs them
     */
    public static Application build(SyntheticGraph graph) {
        Objects.requireNonNull(graph, "graph must not be null");
        Application.Builder builder = Application.builder(graph.spec().applicationName());
        for (SyntheticTaskShape shape : graph.tasks()) {
            if (shape.index() < graph.spec().entries()) {
                builder.entry(shape.name(), new SyntheticTask(shape), calls(shape));
            } else {
                builder.task(shape.name(), new SyntheticTask(shape), calls(shape));
            }
        }
        return builder.requests(requests(graph.entries())).build();
    }

    private static Calls calls(SyntheticTaskShape shape) {
        String[] sync = shape.calls().stream().filter(SyntheticCall::sync).map(SyntheticCall::callee)
                .toArray(String[]::new);
        String[] async = shape.calls().stream().filter(call -> !call.sync()).map(SyntheticCall::callee)
                .toArray(String[]::new);
        return Calls.sync(sync).andAsync(async);
    }

    // Every entry gets the same share; each request carries its own seed.
    private static RequestSource requests(List<SyntheticTaskShape> entries) {
        RequestMix.Builder mix = RequestMix.builder();
        entries.forEach(entry -> mix.add(1, entry.name(),
                random -> "{\"seed\":" + random.nextInt(Integer.MAX_VALUE) + "}"));
        return mix.build();
    }
}
