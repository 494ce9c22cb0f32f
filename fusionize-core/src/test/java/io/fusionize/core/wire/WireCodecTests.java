package io.fusionize.core.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.protocol.fusion.FunctionNaming;
import io.fusionize.protocol.fusion.FusionHeader;
import io.fusionize.protocol.fusion.TaskError;
import io.fusionize.protocol.lambda.FunctionErrorBody;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WireCodecTests {

    @Test
    void eventIsTheDocumentedEnvelope() {
        byte[] event = WireCodec.encodeEvent(new FusionHeader("t1", "p1", 3, "I"), "CW", bytes("{\"a\":1}"));

        assertThat(text(event)).isEqualTo("{\"fusionize\":{\"traceId\":\"t1\",\"parentInvocationId\":\"p1\","
                + "\"setupVersion\":3,\"callerTask\":\"I\"},\"task\":\"CW\",\"payload\":{\"a\":1}}");
    }

    @Test
    void eventRoundTrips() {
        FusionHeader header = new FusionHeader("t1", "p1", 3, "I");
        Envelope envelope = WireCodec.decodeEvent(WireCodec.encodeEvent(header, "CW", bytes("[1,2]")));

        assertThat(envelope.isRoot()).isFalse();
        assertThat(envelope.header()).isEqualTo(header);
        assertThat(envelope.taskOr("CW")).isEqualTo("CW");
        assertThat(envelope.payload().toString()).isEqualTo("[1,2]");
    }

    @Test
    void asyncEventSaysSoInItsHeaderAndRoundTrips() {
        FusionHeader header = new FusionHeader("t1", "p1", 3, "I", true);
        byte[] event = WireCodec.encodeEvent(header, "CT", bytes("{}"));

        assertThat(text(event)).isEqualTo("{\"fusionize\":{\"traceId\":\"t1\",\"parentInvocationId\":\"p1\","
                + "\"setupVersion\":3,\"callerTask\":\"I\",\"async\":true},\"task\":\"CT\",\"payload\":{}}");
        assertThat(WireCodec.decodeEvent(event).isAsync()).isTrue();
        assertThat(WireCodec.decodeEvent(event).header()).isEqualTo(header);
    }

    @Test
    void bodyWithoutFusionizeKeyIsARootRequestCarryingTheWholeBody() {
        Envelope envelope = WireCodec.decodeEvent(bytes("{\"task\":\"x\",\"seed\":4}"));

        assertThat(envelope.isRoot()).isTrue();
        assertThat(envelope.taskOr("I")).isEqualTo("I");
        assertThat(envelope.payload().toString()).isEqualTo("{\"task\":\"x\",\"seed\":4}");
    }

    @Test
    void emptyBodyIsARootRequestWithNullPayload() {
        assertThat(WireCodec.decodeEvent(new byte[0]).payload().isNull()).isTrue();
    }

    @Test
    void malformedEventIsRejectedWithAPreview() {
        assertThatThrownBy(() -> WireCodec.decodeEvent(bytes("{oops")))
                .isInstanceOf(WireFormatException.class).hasMessage("event is not valid JSON: {oops");
    }

    @Test
    void payloadBytesAreCutOutOfTheEventAsTheyArrived() {
        String payload = "{\"a\" : [1, \"é€\\\"\"], \"b\":{}}";
        byte[] event = bytes("{ \"task\":\"CW\", \"payload\" : " + payload + " ,\"fusionize\":"
                + "{\"traceId\":\"t\",\"parentInvocationId\":\"p\",\"setupVersion\":1,\"callerTask\":\"I\"}}");

        Envelope envelope = WireCodec.decodeEvent(event);

        assertThat(text(envelope.payloadJson())).isEqualTo(payload);
        assertThat(envelope.taskOr("CW")).isEqualTo("CW");
        assertThat(envelope.header().traceId()).isEqualTo("t");
    }

    @Test
    void scalarPayloadsAreCutWhole() {
        for (String payload : new String[] {"\"text\"", "-12.5e3", "true", "null", "[]"}) {
            byte[] event = WireCodec.encodeEvent(new FusionHeader("t", "p", 1, "I"), "CW", bytes(payload));

            assertThat(text(WireCodec.decodeEvent(event).payloadJson())).isEqualTo(payload);
            assertThat(text(WireCodec.decodeEvent(bytes("  " + payload + "\n")).payloadJson())).isEqualTo(payload);
        }
    }

    @Test
    void rootRequestMayUseEnvelopeKeysFreely() {
        String body = "{\"task\":{\"nested\":true},\"payload\":[1]}";

        Envelope envelope = WireCodec.decodeEvent(bytes(body));

        assertThat(envelope.isRoot()).isTrue();
        assertThat(text(envelope.payloadJson())).isEqualTo(body);
    }

    @Test
    void malformedHeaderOrTaskIsRejected() {
        assertThatThrownBy(() -> WireCodec.decodeEvent(bytes("{\"fusionize\":{\"setupVersion\":1},\"task\":\"T\"}")))
                .isInstanceOf(WireFormatException.class).hasMessageStartingWith("event header is malformed: ");
        assertThatThrownBy(() -> WireCodec.decodeEvent(bytes("{\"fusionize\":7}")))
                .isInstanceOf(WireFormatException.class).hasMessage("event header is not an object but VALUE_NUMBER_INT");
        assertThatThrownBy(() -> WireCodec.decodeEvent(bytes("{\"fusionize\":{\"traceId\":\"t\"},\"task\":[1]}")))
                .isInstanceOf(WireFormatException.class).hasMessage("event task must be a task name");
    }

    @Test
    void resultBytesAreCutOutOfTheResponseAndAnErrorWins() {
        assertThat(text(WireCodec.decodeResponse(bytes("{\"result\": [1, 2] }")).resultJson())).isEqualTo("[1, 2]");
        assertThat(text(WireCodec.decodeResponse(bytes("{\"error\":null,\"result\":\"x\"}")).resultJson()))
                .isEqualTo("\"x\"");
        assertThat(WireCodec.decodeResponse(bytes("{\"result\":1,\"error\":{\"task\":\"T\",\"errorType\":\"E\"}}"))
                .error()).isEqualTo(new TaskError("T", "E", null));
    }

    @Test
    void responsesAreTheDocumentedShapes() {
        assertThat(text(WireCodec.encodeResult(bytes("42")))).isEqualTo("{\"result\":42}");
        assertThat(text(WireCodec.encodeError(new TaskError("CW", "java.lang.IllegalStateException", "no"))))
                .isEqualTo("{\"error\":{\"task\":\"CW\",\"errorType\":\"java.lang.IllegalStateException\","
                        + "\"errorMessage\":\"no\"}}");
    }

    @Test
    void responsesRoundTrip() {
        assertThat(WireCodec.decodeResponse(WireCodec.encodeResult(bytes("null"))).result().isNull()).isTrue();
        Response failed = WireCodec.decodeResponse(WireCodec.encodeError(new TaskError("CW", "T", null)));

        assertThat(failed.failed()).isTrue();
        assertThat(failed.error()).isEqualTo(new TaskError("CW", "T", null));
    }

    @Test
    void responseWithNeitherResultNorErrorIsRejected() {
        assertThatThrownBy(() -> WireCodec.decodeResponse(bytes("{\"other\":1}")))
                .isInstanceOf(WireFormatException.class).hasMessageContaining("neither \"result\" nor \"error\"");
    }

    @Test
    void functionErrorIsReadLeniently() {
        assertThat(WireCodec.decodeFunctionError(bytes("{\"errorType\":\"Sandbox.Timedout\",\"errorMessage\":\"late\"}"),
                "Unhandled")).isEqualTo(new FunctionErrorBody("Sandbox.Timedout", "late"));
        assertThat(WireCodec.decodeFunctionError(bytes("Internal error"), "Unhandled"))
                .isEqualTo(new FunctionErrorBody("Unhandled", "Internal error"));
    }

    @Test
    void namesFollowTheDeploymentConvention() {
        assertThat(FunctionNaming.functionName("iot", "CW")).isEqualTo("iot-CW");
        assertThat(FunctionNaming.qualifier(3)).isEqualTo("v3");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
