package io.fusionize.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.core.record.RecordJson;
import io.fusionize.core.wire.Envelope;
import io.fusionize.core.wire.Response;
import io.fusionize.core.wire.WireCodec;
import io.fusionize.protocol.fusion.CallRecord;
import io.fusionize.protocol.fusion.FusionHeader;
import io.fusionize.protocol.fusion.InvocationRecord;
import io.fusionize.protocol.fusion.Outcome;
import io.fusionize.protocol.fusion.TaskError;
import io.fusionize.protocol.fusion.TaskTiming;
import io.fusionize.protocol.lambda.FunctionErrorBody;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Core's own readers accept the protocol's golden documents, so runtime and monitor agree. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ProtocolGoldenDocumentsTests {

    private static final String TRACE = "7f3c9a40-5d1e-4c1b-9a63-2f0e8b7d1c55";
    private static final String INVOCATION = "a1b2c3d4-0000-4000-8000-000000000001";

    @Test
    void invocationRecordReadsWithEveryValue() {
        InvocationRecord record = RecordJson.fromJson(new String(golden("invocation-record.json"),
                StandardCharsets.UTF_8));

        assertThat(record).isEqualTo(new InvocationRecord("iot", "iot-I", "I", 3, TRACE, INVOCATION, null, true,
                false, 512, 1765000000000L, 1765000000034L, 21000L, Outcome.SUCCESS, null, null,
                List.of(new CallRecord("I", "CW", true, true, 812, 120, 48, null)),
                List.of(new TaskTiming("I", 33500, 9100))));
    }

    @Test
    void eventEnvelopeDecodesWithItsHeaderTaskAndPayload() {
        Envelope envelope = WireCodec.decodeEvent(golden("event-envelope.json"));

        assertThat(envelope.isRoot()).isFalse();
        assertThat(envelope.isAsync()).isTrue();
        assertThat(envelope.header()).isEqualTo(new FusionHeader(TRACE, INVOCATION, 3, "I", true));
        assertThat(envelope.taskOr("CW")).isEqualTo("CW");
        assertThat(envelope.payload().get("sensor").asInt()).isEqualTo(7);
        assertThat(envelope.payload().size()).isEqualTo(1);
    }

    @Test
    void taskErrorResponseDecodesAsAFailure() {
        Response response = WireCodec.decodeResponse(golden("task-error-response.json"));

        assertThat(response.failed()).isTrue();
        assertThat(response.error()).isEqualTo(
                new TaskError("CW", "java.lang.IllegalStateException", "sensor offline"));
    }

    @Test
    void functionErrorDecodesWithItsOwnType() {
        assertThat(WireCodec.decodeFunctionError(golden("function-error.json"), "Unhandled"))
                .isEqualTo(new FunctionErrorBody("Sandbox.Timedout", "Task timed out after 3.00 seconds"));
    }

    private static byte[] golden(String name) {
        String resource = "/io/fusionize/protocol/golden/" + name;
        try (InputStream in = ProtocolGoldenDocumentsTests.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
