package io.fusionize.core.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fusionize.api.Application;
import io.fusionize.api.TaskFailedException;
import io.fusionize.core.record.InMemoryRecordSink;
import io.fusionize.core.record.RecordSink;
import io.fusionize.core.runtime.FusionRuntime;
import io.fusionize.core.runtime.InvocationFailedException;
import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.wire.Response;
import io.fusionize.core.wire.WireCodec;
import io.fusionize.protocol.fusion.FunctionNaming;
import io.fusionize.protocol.fusion.InvocationRecord;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs an application under any setup in one JVM, for tests and tools.
 *
 * <p>Every function of the setup gets its own {@link FusionRuntime}, started on its first
 * invocation (its cold start). Remote calls travel as bytes through a {@link LoopbackInvoker},
 * exactly as they would over the wire, and end at the functions' timeout as on a platform; async
 * ones run in the background, and are retried when they fail. {@link #awaitQuiescence()} waits
 * until every invocation has ended.
 * Every invocation record is kept in memory.
 *
 * <pre>{@code
 * try (InProcessHarness harness = InProcessHarness.of(app, SetupGenerators.allRemote(app))) {
 *     JsonNode result = harness.invoke("I", Map.of("seed", 42));
 *     harness.awaitQuiescence();
 *     assertThat(harness.records()).hasSize(10);
 * }
 * }</pre>
 */
public final class InProcessHarness implements AutoCloseable {

    /** The time limit of every invocation unless another is asked for, as Lambda's maximum. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(15);
    /**
     * The delay before the first retry of a failed async invocation unless another is asked for;
     * Lambda waits a minute, then two, and the harness keeps the doubling but not the wait.
     */
    public static final Duration DEFAULT_ASYNC_BACKOFF = Duration.ofMillis(10);
    /** The input key the example applications read their random seed from. */
    public static final String SEED_KEY = "seed";

    private final Application application;
    private final Application running;
    private final Setup setup;
    private final Map<String, FunctionSpec> functionsByName = new LinkedHashMap<>();
    private final ConcurrentMap<String, FusionRuntime> runtimes = new ConcurrentHashMap<>();
    private final InMemoryRecordSink memory = new InMemoryRecordSink();
    private final RecordSink sink;
    private final ExecutorService invocationExecutor = Executors.newCachedThreadPool(daemonThreads("invocation"));
    private final ExecutorService asyncExecutor = Executors.newCachedThreadPool(daemonThreads("async"));
    private final OutstandingWork outstanding = new OutstandingWork();
    private final LoopbackInvoker invoker;

    private InProcessHarness(Builder builder) {
        this.application = builder.application;
        this.running = builder.interceptor == null ? application
                : InterceptedApplication.of(application, builder.interceptor);
        this.setup = builder.setup;
        this.sink = builder.extraSink == null ? memory : memory.andThen(builder.extraSink);
        setup.functions().forEach(f -> functionsByName.put(f.functionName(setup.application()), f));
        this.invoker = new LoopbackInvoker(this::runtime, FunctionNaming.qualifier(setup.version()),
                builder.timeout, invocationExecutor, asyncExecutor, outstanding, builder.asyncRetryPolicy);
    }

    /**
     * @param application the application to run
     * @param setup the setup to run it under
     * @return a harness with default options
     * @throws IllegalArgumentException when the setup is for another application
     */
    public static InProcessHarness of(Application application, Setup setup) {
        return builder(application, setup).build();
    }

    /**
     * @param application the application to run
     * @param setup the setup to run it under
     * @return a builder for further options
     */
    public static Builder builder(Application application, Setup setup) {
        return new Builder(application, setup);
    }

    /**
     * Sends a root request to the function whose entry is the given task and waits for its
     * response. Remote async work it started may still be running; see {@link #awaitQuiescence()}.
     *
     * @param entryTask the task to call; the setup must have a function for it
     * @param input the request body, serialized to JSON
     * @return the task's result as JSON ({@code NullNode} for none)
     * @throws TaskFailedException when the task failed, with its error type and message, or the
     *     invocation failed as a whole, e.g. with {@code Sandbox.Timedout} when it ran out of time
     */
    public JsonNode invoke(String entryTask, Object input) {
        String functionName = requireFunction(entryTask);
        byte[] body;
        try {
            body = invoker.invokeSync(functionName, FunctionNaming.qualifier(setup.version()), WireCodec.write(input));
        } catch (InvocationFailedException failure) {
            throw new TaskFailedException(entryTask, failure.errorType(), failure.errorMessage());
        }
        Response response = WireCodec.decodeResponse(body);
        if (response.failed()) {
            throw new TaskFailedException(response.error().task(), response.error().errorType(),
                    response.error().errorMessage());
        }
        return response.result();
    }

    /**
     * @param entryTask the task to call
     * @param input the request body
     * @param resultType the type to bind the result to
     * @param <R> the result type
     * @return the task's result
     * @throws TaskFailedException when the task failed
     */
    public <R> R invoke(String entryTask, Object input, Class<R> resultType) {
        Objects.requireNonNull(resultType, "resultType must not be null");
        return WireCodec.mapper().convertValue(invoke(entryTask, input), resultType);
    }

    /**
     * Sends a root request whose body is the given input with a {@code "seed"} field added, the
     * convention the example applications follow for reproducible randomness.
     *
     * @param entryTask the task to call
     * @param input an input that serializes to a JSON object, or {@code null} for {@code {}}
     * @param seed the random seed
     * @return the task's result as JSON
     * @throws TaskFailedException when the task failed
     * @throws IllegalArgumentException when the input is not a JSON object
     */
    public JsonNode invokeSeeded(String entryTask, Object input, long seed) {
        JsonNode tree = input == null ? WireCodec.mapper().createObjectNode() : WireCodec.mapper().valueToTree(input);
        if (!(tree instanceof ObjectNode object)) {
            throw new IllegalArgumentException("a seeded input must be a JSON object, not " + tree.getNodeType());
        }
        return invoke(entryTask, object.deepCopy().put(SEED_KEY, seed));
    }

    /**
     * Waits until no invocation is running, with {@link #DEFAULT_TIMEOUT}: remote async ones and
     * their retries, and sync ones whose caller stopped waiting at its timeout. Every record is in
     * {@link #records()} then.
     *
     * @throws IllegalStateException when work is still running after the timeout, or the wait is
     *     interrupted
     */
    public void awaitQuiescence() {
        awaitQuiescence(DEFAULT_TIMEOUT);
    }

    /**
     * Waits until no invocation is running: remote async ones and their retries, and sync ones
     * whose caller stopped waiting at its timeout. Every record is in {@link #records()} then.
     *
     * @param timeout how long to wait at most
     * @throws IllegalStateException when work is still running after the timeout, or the wait is
     *     interrupted
     */
    public void awaitQuiescence(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout must not be null");
        try {
            outstanding.awaitNone(timeout);
        } catch (TimeoutException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for invocations to end", e);
        }
    }

    /** @return every invocation record so far, in completion order */
    public List<InvocationRecord> records() {
        return memory.records();
    }

    /** Forgets the records so far, so that a test can look at one request's records alone. */
    public void clearRecords() {
        memory.clear();
    }

    /** @return the application being run, as given, without the interceptor */
    public Application application() {
        return application;
    }

    /** @return the setup it runs under */
    public Setup setup() {
        return setup;
    }

    /** Stops every function's runtime and the async invocations still running. */
    @Override
    public void close() {
        asyncExecutor.shutdownNow();
        invocationExecutor.shutdownNow();
        runtimes.values().forEach(FusionRuntime::close);
    }

    private String requireFunction(String entryTask) {
        Objects.requireNonNull(entryTask, "entryTask must not be null");
        if (setup.function(entryTask).isEmpty()) {
            throw new IllegalArgumentException("setup v" + setup.version() + " has no function with entry task "
                    + entryTask + "; functions: " + functionsByName.keySet());
        }
        return FunctionNaming.functionName(setup.application(), entryTask);
    }

    private FusionRuntime runtime(String functionName) {
        FunctionSpec function = functionsByName.get(functionName);
        return function == null ? null : runtimes.computeIfAbsent(functionName, name -> FusionRuntime.builder()
                .application(running).setup(setup).function(function)
                .remoteInvoker(invoker).recordSink(sink).build());
    }

    private static ThreadFactory daemonThreads(String purpose) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "fusionize-harness-" + purpose + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Options of a harness. */
    public static final class Builder {

        private final Application application;
        private final Setup setup;
        private RecordSink extraSink;
        private TaskInterceptor interceptor;
        private Duration timeout = DEFAULT_TIMEOUT;
        private AsyncRetryPolicy asyncRetryPolicy = new AsyncRetryPolicy(AsyncRetryPolicy.MAX_RETRIES,
                DEFAULT_ASYNC_BACKOFF);

        private Builder(Application application, Setup setup) {
            this.application = Objects.requireNonNull(application, "application must not be null");
            this.setup = Objects.requireNonNull(setup, "setup must not be null");
            if (!setup.application().equals(application.name())) {
                throw new IllegalArgumentException("setup is for application " + setup.application()
                        + ", not " + application.name());
            }
        }

        /**
         * @param sink a sink that receives every record too, e.g. a JSON-lines file
         * @return this builder
         */
        public Builder recordSink(RecordSink sink) {
            this.extraSink = Objects.requireNonNull(sink, "sink must not be null");
            return this;
        }

        /**
         * Runs every task through an interceptor, in every function, e.g. to make one task fail or
         * overrun its deadline. The application itself is left as it is.
         *
         * @param interceptor the code to run in place of each task
         * @return this builder
         * @throws IllegalStateException at {@link #build()}, when a task registered without an
         *     input type is a lambda, whose input type cannot be read
         */
        public Builder interceptor(TaskInterceptor interceptor) {
            this.interceptor = Objects.requireNonNull(interceptor, "interceptor must not be null");
            return this;
        }

        /**
         * Sets every function's timeout. As on a platform, an invocation that runs longer ends
         * as a {@code Sandbox.Timedout} function error, and its caller stops waiting for it.
         *
         * @param timeout the time limit of every invocation
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout must not be null");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, not " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * Sets how remote async invocations that end in a function error (a timeout, or a failed
         * task) are retried; by default twice, as on Lambda, after {@link #DEFAULT_ASYNC_BACKOFF}
         * and then twice that.
         *
         * @param retries how often a failed async invocation is tried again, 0 to 2
         * @param firstBackoff the delay before the first retry; each further retry waits twice as long
         * @return this builder
         * @throws IllegalArgumentException when retries lies outside 0 to 2 or the backoff is negative
         */
        public Builder asyncRetries(int retries, Duration firstBackoff) {
            this.asyncRetryPolicy = new AsyncRetryPolicy(retries, firstBackoff);
            return this;
        }

        /** @return the harness */
        public InProcessHarness build() {
            return new InProcessHarness(this);
        }
    }
}
