package io.fusionize.core.runtime;

import io.fusionize.api.Application;
import io.fusionize.core.record.RecordSink;
import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.wire.Envelope;
import io.fusionize.core.wire.WireCodec;
import io.fusionize.protocol.fusion.FusionHeader;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fusion runtime of one function: it executes invocations of the function's entry task,
 * runs calls to inline tasks in-process and all other calls through a {@link RemoteInvoker}, and
 * emits one {@link io.fusionize.protocol.fusion.InvocationRecord} per invocation.
 *
 * <p>One instance serves one function in one process; it may serve invocations concurrently.
 * The first invocation it serves is its cold start.
 */
public final class FusionRuntime implements AutoCloseable {

    private final FunctionScope scope;
    private final ExecutorService executor;
    private final EntryRunner entryRunner;
    private final InvocationRecorder recorder;
    private final AtomicBoolean served = new AtomicBoolean();

    private FusionRuntime(Builder builder) {
        this.executor = Executors.newCachedThreadPool(daemonThreads(
                builder.function.functionName(builder.setup.application())));
        this.scope = new FunctionScope(builder.setup, builder.function, new TaskCatalog(builder.application),
                builder.invoker, executor, new CpuClock(), builder.deadlineGrace);
        this.entryRunner = new EntryRunner(new TaskRunner(scope));
        this.recorder = new InvocationRecorder(scope, builder.sink);
    }

    /** @return a builder; application, setup and function are required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Executes one invocation, inline async work included, and emits its record.
     *
     * <p>A task's failure is not an exception here: it is encoded in the response as
     * {@code {"error": …}}, as the wire contract says. Two things fail the invocation as a whole,
     * as a function error, after its record is emitted: running out of the time the request
     * gives, and a failed task serving an async event (so that the platform retries the event, as
     * Lambda does).
     *
     * @param event the event bytes: an envelope, or a root request's payload
     * @param request the platform's facts about the invocation
     * @return the response bytes, {@code {"result": …}} or {@code {"error": …}}
     * @throws InvocationFailedException when the invocation timed out ({@code Sandbox.Timedout}),
     *     or served an async event whose task failed
     * @throws io.fusionize.core.wire.WireFormatException when the event is not JSON
     * @throws IllegalArgumentException when the event names another task than the entry task, or
     *     comes from another setup version
     */
    public byte[] handle(byte[] event, InvocationRequest request) {
        Objects.requireNonNull(request, "request must not be null");
        ProcessCpuMeter cpu = ProcessCpuMeter.start();
        try {
            return serve(event, request, cpu);
        } finally {
            // a no-op after the record took its figure; frees the meter when the event was refused
            cpu.finish(0);
        }
    }

    /** @return the setup this runtime belongs to */
    public Setup setup() {
        return scope.setup();
    }

    /** @return the function this runtime runs as */
    public FunctionSpec function() {
        return scope.function();
    }

    /** @return the platform function name, {@code APP-ENTRY} */
    public String functionName() {
        return scope.functionName();
    }

    /** Stops the threads that run concurrent calls and inline async work. */
    @Override
    public void close() {
        executor.shutdownNow();
    }

    private byte[] serve(byte[] event, InvocationRequest request, ProcessCpuMeter cpu) {
        long startEpochMs = System.currentTimeMillis();
        boolean coldStart = !served.getAndSet(true);
        Envelope envelope = WireCodec.decodeEvent(event);
        String task = envelope.taskOr(scope.function().entry());
        requireSameVersion(envelope);
        Invocation invocation = new Invocation(traceId(envelope, request), request, scope.deadlineGrace(),
                envelope.fusionHeader().map(FusionHeader::depth).orElse(0));
        InvocationEnding ending = entryRunner.run(invocation, task, envelope.payloadJson());
        recorder.emit(envelope, invocation, coldStart, startEpochMs, cpu, ending.error());
        return ending.response(envelope.isAsync());
    }

    private void requireSameVersion(Envelope envelope) {
        envelope.fusionHeader().map(FusionHeader::setupVersion)
                .filter(version -> version != scope.setup().version())
                .ifPresent(version -> {
                    throw new IllegalArgumentException("event of setup version " + version + " reached function "
                            + scope.functionName() + " of setup version " + scope.setup().version());
                });
    }

    private static String traceId(Envelope envelope, InvocationRequest request) {
        // a root request starts its trace under its own invocation id
        return envelope.fusionHeader().map(FusionHeader::traceId).orElse(request.invocationId());
    }

    private static ThreadFactory daemonThreads(String functionName) {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, "fusionize-" + functionName + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Collects the parts of a runtime. */
    public static final class Builder {

        private Application application;
        private Setup setup;
        private FunctionSpec function;
        private RemoteInvoker invoker = new UnconfiguredInvoker();
        private RecordSink sink = record -> { };
        private Duration deadlineGrace = Duration.ZERO;

        private Builder() {
        }

        /**
         * @param application the application whose tasks run
         * @return this builder
         */
        public Builder application(Application application) {
            this.application = Objects.requireNonNull(application, "application must not be null");
            return this;
        }

        /**
         * @param setup the deployed setup
         * @return this builder
         */
        public Builder setup(Setup setup) {
            this.setup = Objects.requireNonNull(setup, "setup must not be null");
            return this;
        }

        /**
         * @param function the setup's function this runtime runs as
         * @return this builder
         */
        public Builder function(FunctionSpec function) {
            this.function = Objects.requireNonNull(function, "function must not be null");
            return this;
        }

        /**
         * @param entryTask the entry task of the setup's function this runtime runs as
         * @return this builder
         * @throws IllegalArgumentException when the setup has not been given or has no such function
         */
        public Builder function(String entryTask) {
            Objects.requireNonNull(setup, "set the setup before choosing its function");
            return function(setup.function(entryTask).orElseThrow(() -> new IllegalArgumentException(
                    "setup v" + setup.version() + " has no function with entry task " + entryTask)));
        }

        /**
         * @param invoker how remote calls reach other functions; without one, remote calls fail
         * @return this builder
         */
        public Builder remoteInvoker(RemoteInvoker invoker) {
            this.invoker = Objects.requireNonNull(invoker, "invoker must not be null");
            return this;
        }

        /**
         * @param sink where invocation records go; without one, they are dropped
         * @return this builder
         */
        public Builder recordSink(RecordSink sink) {
            this.sink = Objects.requireNonNull(sink, "sink must not be null");
            return this;
        }

        /**
         * Sets how long after the platform's deadline the runtime ends an invocation itself, as a
         * timeout. Zero, the default, enforces the deadline exactly, as in-process use needs. A
         * deployed function wants a grace: its platform stops the instance at the deadline, so
         * the platform always ends the invocation first and reports its own {@code Sandbox.Timedout}.
         *
         * @param grace the time past the platform's deadline, zero or more
         * @return this builder
         * @throws IllegalArgumentException when the grace is negative
         */
        public Builder deadlineGrace(Duration grace) {
            Objects.requireNonNull(grace, "grace must not be null");
            if (grace.isNegative()) {
                throw new IllegalArgumentException("deadline grace must not be negative, not " + grace);
            }
            this.deadlineGrace = grace;
            return this;
        }

        /**
         * @return the runtime
         * @throws IllegalStateException when a required part is missing or the parts do not match
         */
        public FusionRuntime build() {
            requireSet(application, "application");
            requireSet(setup, "setup");
            requireSet(function, "function");
            requireMatch();
            return new FusionRuntime(this);
        }

        private static void requireSet(Object part, String name) {
            if (part == null) {
                throw new IllegalStateException(name + " must be set");
            }
        }

        private void requireMatch() {
            if (!setup.application().equals(application.name())) {
                throw new IllegalStateException("setup is for application " + setup.application()
                        + ", not " + application.name());
            }
            if (!setup.function(function.entry()).map(function::equals).orElse(false)) {
                throw new IllegalStateException("function " + function.entry() + " is not part of setup v"
                        + setup.version());
            }
            if (application.task(function.entry()).isEmpty()) {
                throw new IllegalStateException("application " + application.name() + " has no task "
                        + function.entry());
            }
        }
    }

    /** Stands in when no invoker was given: fine for setups whose calls all run inline. */
    private static final class UnconfiguredInvoker implements RemoteInvoker {

        @Override
        public byte[] invokeSync(String functionName, String qualifier, byte[] event) {
            throw unconfigured(functionName);
        }

        @Override
        public void invokeAsync(String functionName, String qualifier, byte[] event) {
            throw unconfigured(functionName);
        }

        private static IllegalStateException unconfigured(String functionName) {
            return new IllegalStateException("cannot call " + functionName
                    + " remotely: the runtime was built without a remote invoker");
        }
    }
}
