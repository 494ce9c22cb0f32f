package io.fusionize.bench;

import io.fusionize.api.Application;
import io.fusionize.core.runtime.FusionRuntime;
import io.fusionize.core.runtime.InvocationRequest;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.wire.WireCodec;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The cost an inline sync call adds over a direct Java method call.
 *
 * <p>Both invocation benchmarks run one whole invocation through the fusion runtime; they differ
 * only in how the entry task reaches {@code echo}: through {@code TaskContext.call}, run inline,
 * or as a plain method call. The difference of their percentiles is the inline call's overhead:
 * payload isolation by a JSON round trip, routing, and the call's record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InlineCallBenchmark {

    @Param({"small", "100KB"})
    private String payloadSize;

    private Payload payload;
    private byte[] event;
    private FusionRuntime relayRuntime;
    private FusionRuntime directRuntime;
    private final BenchApplication.Echo echo = new BenchApplication.Echo();
    private final InvocationRequest request = new InvocationRequest("bench-invocation", () -> 900_000L);

    /** Builds both functions' runtimes and checks that they answer alike. */
    @org.openjdk.jmh.annotations.Setup(Level.Trial)
    public void start() {
        Application application = BenchApplication.create();
        Setup setup = BenchApplication.inlineSetup();
        payload = Payload.ofSize(payloadSize);
        event = WireCodec.write(payload);
        relayRuntime = runtime(application, setup, BenchApplication.RELAY);
        directRuntime = runtime(application, setup, BenchApplication.DIRECT);
        requireSameResponse();
    }

    /** Stops the runtimes. */
    @TearDown(Level.Trial)
    public void stop() {
        relayRuntime.close();
        directRuntime.close();
    }

    /** @return the payload, from a plain Java method call: the baseline of the baseline */
    @Benchmark
    public Payload directMethodCall() {
        return echo.run(payload, null);
    }

    /** @return the response of an invocation whose entry task calls {@code echo} directly */
    @Benchmark
    public byte[] invocationWithDirectCall() {
        return directRuntime.handle(event, request);
    }

    /** @return the response of an invocation whose entry task calls {@code echo} inline */
    @Benchmark
    public byte[] invocationWithInlineSyncCall() {
        return relayRuntime.handle(event, request);
    }

    private static FusionRuntime runtime(Application application, Setup setup, String entry) {
        return FusionRuntime.builder().application(application).setup(setup).function(entry).build();
    }

    private void requireSameResponse() {
        byte[] viaRuntime = relayRuntime.handle(event, request);
        byte[] direct = directRuntime.handle(event, request);
        if (!Arrays.equals(viaRuntime, direct)) {
            throw new IllegalStateException("the inline and the direct call answer differently: "
                    + new String(viaRuntime, StandardCharsets.UTF_8));
        }
    }
}
