package io.fusionize.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.protocol.fusion.FunctionNaming;
import io.fusionize.protocol.lambda.LambdaApi;
import io.fusionize.protocol.lambda.LambdaLimits;
import io.fusionize.protocol.telemetry.LogLines;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class NamingAndLogLinesTests {

    @Test
    void functionsAreNamedAppDashEntryAndVersionsVn() {
        assertThat(FunctionNaming.functionName("iot", "CW")).isEqualTo("iot-CW");
        assertThat(FunctionNaming.entryTask("iot", "iot-CW")).isEqualTo("CW");
        assertThat(FunctionNaming.qualifier(3)).isEqualTo("v3");
        assertThat(FunctionNaming.setupVersion("v12")).isEqualTo(OptionalInt.of(12));
        assertThat(FunctionNaming.setupVersion("v")).isEmpty();
        assertThat(FunctionNaming.setupVersion("$LATEST")).isEmpty();
        assertThat(FunctionNaming.setupVersion("v1x")).isEmpty();
        assertThatThrownBy(() -> FunctionNaming.entryTask("tree", "iot-CW")).hasMessageContaining("tree-ENTRY");
    }

    @Test
    void recordIsFoundAfterAnyPrefixAPipelineAdds() {
        String line = "2026-12-07T10:00:00.000Z a1b2 INFO " + LogLines.recordLine("{\"a\":1}") + "  ";
        assertThat(LogLines.recordJson(line)).contains("{\"a\":1}");
        assertThat(LogLines.recordJson("plain log line")).isEmpty();
        assertThat(LogLines.recordJson(null)).isEmpty();
    }

    @Test
    void endMarkerNamesTheRequest() {
        assertThat(LogLines.endedRequestId(LogLines.END_MARKER + "req-1")).contains("req-1");
        assertThat(LogLines.endedRequestId("FUSIONIZE_END req-1")).isEmpty();
    }

    @Test
    void payloadLimitDependsOnInvocationType() {
        assertThat(LambdaLimits.maxPayloadBytes(LambdaApi.INVOCATION_EVENT)).isEqualTo(1024 * 1024);
        assertThat(LambdaLimits.maxPayloadBytes(null)).isEqualTo(6 * 1024 * 1024);
        assertThat(LambdaApi.invokePath("iot-I")).isEqualTo("/2015-03-31/functions/iot-I/invocations");
    }
}
