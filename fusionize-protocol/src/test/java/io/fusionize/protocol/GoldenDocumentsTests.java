package io.fusionize.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fusionize.protocol.fusion.FusionHeader;
import io.fusionize.protocol.fusion.InvocationRecord;
import io.fusionize.protocol.fusion.Outcome;
import io.fusionize.protocol.json.ProtocolJson;
import io.fusionize.protocol.lambda.FunctionErrorBody;
import io.fusionize.protocol.lambda.LambdaErrorBody;
import io.fusionize.protocol.telemetry.InvocationReport;
import io.fusionize.protocol.telemetry.TelemetryPage;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The JSON examples of docs/architecture.md, read into their types and written back unchanged. */
@Timeout(120)
class GoldenDocumentsTests {

    private static final ObjectMapper MAPPER = ProtocolJson.mapper();

    @Test
    void invocationRecordRoundTrips() throws IOException {
        InvocationRecord record = roundTrip("invocation-record.json", InvocationRecord.class, MAPPER);
        assertThat(record.cpuMicros()).isEqualTo(21_000L);
        assertThat(record.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(record.calls()).singleElement().satisfies(call -> assertThat(call.local()).isTrue());
        assertThat(record.tasks()).singleElement().satisfies(task -> assertThat(task.cpuMicros()).isEqualTo(9_100));
        assertThat(record.durationMs()).isEqualTo(34);
    }

    @Test
    void invocationReportRoundTrips() throws IOException {
        InvocationReport report = roundTrip("invocation-report.json", InvocationReport.class, MAPPER);
        assertThat(report.maxMemoryUsedMb()).isEqualTo(80L);
        assertThat(report.initDurationMs()).isEqualTo(250.1);
        assertThat(report.failed()).isFalse();
    }

    @Test
    void telemetryPageRoundTripsWithBothItemKinds() throws IOException {
        TelemetryPage page = roundTrip("telemetry-page.json", TelemetryPage.class, ProtocolJson.omittingNulls());
        assertThat(page.items()).hasSize(2);
        assertThat(page.items().get(0).carriesReport()).isTrue();
        assertThat(page.items().get(1).carriesLog()).isTrue();
    }

    @Test
    void eventHeaderRoundTrips() throws IOException {
        JsonNode event = read("event-envelope.json");
        FusionHeader header = MAPPER.treeToValue(event.get("fusionize"), FusionHeader.class);
        assertThat(header.async()).isTrue();
        assertThat((JsonNode) MAPPER.valueToTree(header)).isEqualTo(event.get("fusionize"));
    }

    @Test
    void syncHeaderLeavesAsyncOut() {
        JsonNode tree = MAPPER.valueToTree(new FusionHeader("t", "p", 3, "I"));
        assertThat(tree.has("async")).isFalse();
    }

    @Test
    void errorBodiesRoundTrip() throws IOException {
        FunctionErrorBody function = roundTrip("function-error.json", FunctionErrorBody.class, MAPPER);
        assertThat(function.errorType()).isEqualTo("Sandbox.Timedout");
        LambdaErrorBody api = roundTrip("lambda-error.json", LambdaErrorBody.class, ProtocolJson.omittingNulls());
        assertThat(api.type()).isEqualTo(LambdaErrorBody.TYPE_USER);
    }

    @Test
    void unknownFieldsAreIgnored() throws IOException {
        String json = "{\"requestId\":\"r\",\"functionName\":\"f\",\"addedLater\":1}";
        assertThat(MAPPER.readValue(json, InvocationReport.class).requestId()).isEqualTo("r");
    }

    private static <T> T roundTrip(String name, Class<T> type, ObjectMapper mapper) throws IOException {
        JsonNode golden = read(name);
        T value = mapper.treeToValue(golden, type);
        JsonNode written = mapper.readTree(mapper.writeValueAsString(value));
        assertThat(written).as(name + " written back").isEqualTo(golden);
        return value;
    }

    /**
     * @param name a golden document's file name
     * @return its JSON tree
     * @throws IOException when it cannot be read
     */
    static JsonNode read(String name) throws IOException {
        try (InputStream in = GoldenDocumentsTests.class.getResourceAsStream("/io/fusionize/protocol/golden/" + name)) {
            assertThat(in).as(name).isNotNull();
            return MAPPER.readTree(in);
        }
    }
}
