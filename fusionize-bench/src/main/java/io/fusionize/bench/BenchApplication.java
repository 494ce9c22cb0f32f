package io.fusionize.bench;

import io.fusionize.api.Application;
import io.fusionize.api.Calls;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupText;

/**
 * The trivial task pair the benchmarks measure: {@code relay} calls {@code echo} synchronously
 * through the runtime; {@code direct} does the same work by calling {@code echo}'s code as a plain
 * Java method.
 */
public final class BenchApplication {

    /** The application's name. */
    public static final String NAME = "bench";
    /** The entry task that calls {@code echo} through the runtime. */
    public static final String RELAY = "relay";
    /** The entry task that calls {@code echo}'s code directly. */
    public static final String DIRECT = "direct";
    /** The callee, which returns its input. */
    public static final String ECHO = "echo";

    private BenchApplication() {
    }

    /** @return the application */
    public static Application create() {
        Echo echo = new Echo();
        return Application.builder(NAME)
                .entry(RELAY, new Relay(), Calls.sync(ECHO))
                .entry(DIRECT, new DirectRelay(echo), Calls.none())
                .task(ECHO, echo, Calls.none())
                .build();
    }

    /** @return the setup that runs {@code echo} inline in {@code relay}'s function */
    public static Setup inlineSetup() {
        return SetupText.parse(NAME + " v1: " + RELAY + "+" + ECHO + "@1024, " + DIRECT + "@1024");
    }

    /** Returns its input. */
    public static final class Echo implements Task<Payload, Payload> {

        /**
         * @param input the payload
         * @param context unused
         * @return the payload itself
         */
        @Override
        public Payload run(Payload input, TaskContext context) {
            return input;
        }
    }

    /** Calls {@code echo} through the runtime and returns its result. */
    public static final class Relay implements Task<Payload, Payload> {

        /**
         * @param input the payload
         * @param context used to call {@code echo}
         * @return {@code echo}'s result
         */
        @Override
        public Payload run(Payload input, TaskContext context) {
            return context.call(ECHO, input, Payload.class);
        }
    }

    /** Calls {@code echo}'s code as a plain method and returns its result. */
    public static final class DirectRelay implements Task<Payload, Payload> {

        private final Echo echo;

        /** @param echo the callee whose code runs as a plain method */
        public DirectRelay(Echo echo) {
            this.echo = echo;
        }

        /**
         * @param input the payload
         * @param context handed on to {@code echo}
         * @return {@code echo}'s result
         */
        @Override
        public Payload run(Payload input, TaskContext context) {
            return echo.run(input, context);
        }
    }
}
