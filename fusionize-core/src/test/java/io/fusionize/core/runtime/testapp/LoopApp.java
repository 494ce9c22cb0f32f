package io.fusionize.core.runtime.testapp;

import io.fusionize.api.Application;
import io.fusionize.api.Calls;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An application whose tasks call themselves: {@code Start} calls {@code Deep} synchronously, which
 * calls itself while its count lasts, and sends to {@code Echo}, which sends to itself without end.
 * {@link #ECHO_DEPTHS} counts the runs of {@code Echo} per label and hop.
 */
public final class LoopApp {

    /** Runs of {@code Echo}, keyed by {@code label/hop}. */
    public static final Map<String, Integer> ECHO_DEPTHS = new ConcurrentHashMap<>();

    private LoopApp() {
    }

    /**
     * What a task of this application gets.
     *
     * @param label the request's name
     * @param count for {@code Deep}, how many more times it calls itself; for {@code Echo}, its hop
     * @param echo whether {@code Start} starts the endless async echo instead of the sync recursion
     */
    public record Loop(String label, int count, boolean echo) {
    }

    /** @return the application {@code loops} */
    public static Application application() {
        return Application.builder("loops")
                .entry("Start", new Start(), Calls.sync("Deep").andAsync("Echo"))
                .task("Deep", new Deep(), Calls.sync("Deep"))
                .task("Echo", new Echo(), Calls.async("Echo"))
                .build();
    }

    static final class Start implements Task<Loop, Integer> {
        @Override
        public Integer run(Loop loop, TaskContext context) {
            if (loop.echo()) {
                context.send("Echo", new Loop(loop.label(), 1, true));
                return 0;
            }
            return context.call("Deep", loop, Integer.class);
        }
    }

    static final class Deep implements Task<Loop, Integer> {
        @Override
        public Integer run(Loop loop, TaskContext context) {
            if (loop.count() == 0) {
                return 1;
            }
            return 1 + context.call("Deep", new Loop(loop.label(), loop.count() - 1, false), Integer.class);
        }
    }

    static final class Echo implements Task<Loop, Void> {
        @Override
        public Void run(Loop loop, TaskContext context) {
            ECHO_DEPTHS.merge(loop.label() + "/" + loop.count(), 1, Integer::sum);
            context.send("Echo", new Loop(loop.label(), loop.count() + 1, true));
            return null;
        }
    }
}
