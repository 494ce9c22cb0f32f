package io.fusionize.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.api.Application;
import io.fusionize.api.Calls;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import io.fusionize.core.record.InMemoryRecordSink;
import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.wire.Response;
import io.fusionize.core.wire.WireCodec;
import io.fusionize.protocol.fusion.CallRecord;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Async events sent to other functions: queued concurrently, awaited before the invocation ends, never lost. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class RemoteSendsTests {

    private static final Setup SETUP = new Setup("fan", 1, List.of(
            new FunctionSpec("Fan", 256, Set.of(), Set.of()), new FunctionSpec("Sink", 256, Set.of(), Set.of())));

    private final InMemoryRecordSink records = new InMemoryRecordSink();

    @Test
    void eventsAreQueuedConcurrentlyNotOneAfterAnother() {
        // each acceptance waits until all three are on their way: sent one after another, none would finish
        CountDownLatch allArrived = new CountDownLatch(3);
        RemoteInvoker invoker = new AsyncOnlyInvoker() {
            @Override
            public void invokeAsync(String functionName, String qualifier, byte[] event) {
                allArrived.countDown();
                awaitOrFail(allArrived);
            }
        };

        Response response = fanOut(3, invoker);

        assertThat(response.failed()).isFalse();
        assertThat(records.records().get(0).calls()).hasSize(3)
                .allSatisfy(call -> assertThat(call.errorType()).isNull());
    }

    @Test
    void invocationEndsOnlyAfterEveryEventWasAccepted() {
        AtomicInteger accepted = new AtomicInteger();
        RemoteInvoker invoker = new AsyncOnlyInvoker() {
            @Override
            public void invokeAsync(String functionName, String qualifier, byte[] event) {
                sleep(50);
                accepted.incrementAndGet();
            }
        };

        fanOut(4, invoker);

        assertThat(accepted).hasValue(4);
        assertThat(records.records().get(0).calls()).extracting(CallRecord::callee).containsOnly("Sink").hasSize(4);
    }

    @Test
    void noMoreThanTheLimitOfEventsIsOnItsWayAtOnce() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        RemoteInvoker invoker = new AsyncOnlyInvoker() {
            @Override
            public void invokeAsync(String functionName, String qualifier, byte[] event) {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                sleep(20);
                inFlight.decrementAndGet();
            }
        };

        Response response = fanOut(RemoteSends.MAX_IN_FLIGHT * 3, invoker);

        assertThat(response.failed()).isFalse();
        assertThat(most.get()).isBetween(2, RemoteSends.MAX_IN_FLIGHT);
    }

    @Test
    void aRefusedEventFailsTheInvocationInsteadOfVanishing() {
        AtomicInteger attempts = new AtomicInteger();
        RemoteInvoker invoker = new AsyncOnlyInvoker() {
            @Override
            public void invokeAsync(String functionName, String qualifier, byte[] event) {
                if (attempts.incrementAndGet() == 2) {
                    throw new InvocationFailedException("ResourceNotFoundException", "Function not found: " + functionName);
                }
            }
        };

        Response response = fanOut(3, invoker);

        assertThat(response.failed()).isTrue();
        assertThat(response.error().task()).isEqualTo("Fan");
        assertThat(response.error().errorType()).isEqualTo("ResourceNotFoundException");
        assertThat(response.error().errorMessage())
                .isEqualTo("async call from Fan to Sink was not queued: Function not found: fan-Sink");
        assertThat(records.records().get(0).calls()).extracting(CallRecord::errorType)
                .containsExactlyInAnyOrder(null, null, "ResourceNotFoundException");
    }

    private Response fanOut(int events, RemoteInvoker invoker) {
        Application app = Application.builder("fan").entry("Fan", new Fan(), Calls.async("Sink"))
                .task("Sink", new Sink(), Calls.none()).build();
        try (FusionRuntime runtime = FusionRuntime.builder().application(app).setup(SETUP).function("Fan")
                .remoteInvoker(invoker).recordSink(records).build()) {
            byte[] body = Integer.toString(events).getBytes(StandardCharsets.UTF_8);
            return WireCodec.decodeResponse(runtime.handle(body,
                    InvocationRequest.withTimeout("root-inv", Duration.ofSeconds(30))));
        }
    }

    private static void awaitOrFail(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new InvocationFailedException("Timeout", "the other events never arrived");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvocationFailedException("Interrupted", "interrupted");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An invoker for functions that only send events. */
    private abstract static class AsyncOnlyInvoker implements RemoteInvoker {
        @Override
        public byte[] invokeSync(String functionName, String qualifier, byte[] event) {
            throw new AssertionError("no sync call expected");
        }
    }

    /** Sends as many events to Sink as its input says. */
    static final class Fan implements Task<Integer, String> {
        @Override
        public String run(Integer events, TaskContext context) {
            for (int i = 0; i < events; i++) {
                context.send("Sink", i);
            }
            return "sent";
        }
    }

    /** Takes an event. */
    static final class Sink implements Task<JsonNode, Object> {
        @Override
        public Object run(JsonNode input, TaskContext context) {
            return null;
        }
    }
}
