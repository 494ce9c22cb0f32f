package io.fusionize.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.api.TaskFailedException;
import io.fusionize.core.harness.InProcessHarness;
import io.fusionize.core.runtime.testapp.LoopApp;
import io.fusionize.core.runtime.testapp.LoopApp.Loop;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.core.wire.Envelope;
import io.fusionize.core.wire.WireCodec;
import io.fusionize.protocol.fusion.CallRecord;
import io.fusionize.protocol.fusion.FusionHeader;
import io.fusionize.protocol.lambda.LambdaErrors;
import io.fusionize.protocol.lambda.LambdaLimits;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A request's call chain stops after {@value LambdaLimits#MAX_CALL_DEPTH} hops, as Lambda stops
 * recursive loops: the call that would be the next hop fails with
 * {@link LambdaErrors#RECURSIVE_INVOCATION}, whether the callee runs inline or remote.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RecursionLimitTests {

    static Stream<Setup> setups() {
        return Stream.of(SetupGenerators.allRemote(LoopApp.application()),
                SetupGenerators.allLocal(LoopApp.application()));
    }

    @ParameterizedTest
    @MethodSource("setups")
    void aSyncChainOfSixteenHopsRuns(Setup setup) {
        try (InProcessHarness harness = InProcessHarness.of(LoopApp.application(), setup)) {
            // Start is the root; Deep with count 15 is hop 1 and calls itself down to hop 16
            assertThat(harness.invoke("Start", new Loop("ok", LambdaLimits.MAX_CALL_DEPTH - 1, false), Integer.class))
                    .isEqualTo(LambdaLimits.MAX_CALL_DEPTH);
        }
    }

    @ParameterizedTest
    @MethodSource("setups")
    void aSyncChainOfSeventeenHopsFailsWithARecursionError(Setup setup) {
        try (InProcessHarness harness = InProcessHarness.of(LoopApp.application(), setup)) {
            assertThatThrownBy(() -> harness.invoke("Start", new Loop("deep", LambdaLimits.MAX_CALL_DEPTH, false)))
                    .isInstanceOfSatisfying(TaskFailedException.class, failure -> {
                        assertThat(failure.errorType()).isEqualTo(LambdaErrors.RECURSIVE_INVOCATION);
                        assertThat(failure.task()).isEqualTo("Deep");
                        assertThat(failure.errorMessage()).isEqualTo("task Deep called Deep as hop 17 of its request;"
                                + " Fusionize stops call chains after 16 hops, as Lambda stops recursive loops");
                    });
        }
    }

    @ParameterizedTest
    @MethodSource("setups")
    void anEndlessAsyncLoopStopsAtTheLastHop(Setup setup) {
        String label = "echo-" + setup.functions().size();
        try (InProcessHarness harness = InProcessHarness.builder(LoopApp.application(), setup)
                .asyncRetries(2, Duration.ofMillis(1)).build()) {
            harness.invoke("Start", new Loop(label, 0, true));
            harness.awaitQuiescence(Duration.ofSeconds(60));

            assertThat(LoopApp.ECHO_DEPTHS).containsKey(label + "/" + LambdaLimits.MAX_CALL_DEPTH)
                    .doesNotContainKey(label + "/" + (LambdaLimits.MAX_CALL_DEPTH + 1));
            // remote, the last hop's invocation fails; inline, its caller's call record holds the failure
            assertThat(harness.records().stream().flatMap(r -> Stream.concat(Stream.of(r.errorType()),
                    r.calls().stream().map(CallRecord::errorType)))).contains(LambdaErrors.RECURSIVE_INVOCATION);
        }
    }

    @Test
    void aRemoteCalleeLearnsItsHopFromTheHeader() {
        byte[] event = WireCodec.encodeEvent(new FusionHeader("t", "p", 1, "Start", false, 3), "Deep",
                "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(event, StandardCharsets.UTF_8)).contains("\"depth\":3");
        assertThat(WireCodec.decodeEvent(event).fusionHeader()).map(FusionHeader::depth).contains(3);
    }

    @Test
    void aHeaderWithoutADepthIsReadAsTheRootsCallee() {
        String old = "{\"fusionize\":{\"traceId\":\"t\",\"parentInvocationId\":\"p\",\"setupVersion\":1,"
                + "\"callerTask\":\"Start\"},\"task\":\"Deep\",\"payload\":{}}";
        Envelope envelope = WireCodec.decodeEvent(old.getBytes(StandardCharsets.UTF_8));
        assertThat(envelope.fusionHeader()).map(FusionHeader::depth).contains(0);
        assertThat(new String(WireCodec.encodeEvent(new FusionHeader("t", "p", 1, "Start"), "Deep",
                "{}".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)).doesNotContain("depth");
    }

    @Test
    void callRecordsOfAFailedChainNameTheError() {
        try (InProcessHarness harness = InProcessHarness.of(LoopApp.application(),
                SetupGenerators.allRemote(LoopApp.application()))) {
            assertThatThrownBy(() -> harness.invoke("Start", new Loop("records", LambdaLimits.MAX_CALL_DEPTH, false)))
                    .isInstanceOf(TaskFailedException.class);
            assertThat(harness.records().stream().flatMap(r -> r.calls().stream()).map(CallRecord::errorType))
                    .contains(LambdaErrors.RECURSIVE_INVOCATION);
        }
    }
}
