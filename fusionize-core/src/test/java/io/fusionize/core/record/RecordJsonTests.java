package io.fusionize.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.protocol.fusion.CallRecord;
import io.fusionize.protocol.fusion.InvocationRecord;
import io.fusionize.protocol.fusion.Outcome;
import io.fusionize.protocol.fusion.TaskTiming;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RecordJsonTests {

    static final InvocationRecord RECORD = new InvocationRecord("iot", "iot-I", "I", 3, "tr", "inv", null, true,
            false, 512, 10, 20, 11L, Outcome.SUCCESS, null, null,
            List.of(new CallRecord("I", "CW", true, true, 5, 7, 2, null)), List.of(new TaskTiming("I", 9, 4)));

    @Test
    void jsonHasExactlyTheDocumentedShape() {
        assertThat(RecordJson.toJson(RECORD)).isEqualTo("{\"application\":\"iot\",\"function\":\"iot-I\","
                + "\"entryTask\":\"I\",\"setupVersion\":3,\"traceId\":\"tr\",\"invocationId\":\"inv\","
                + "\"parentInvocationId\":null,\"root\":true,\"coldStart\":false,\"memoryMb\":512,"
                + "\"startEpochMs\":10,\"endEpochMs\":20,\"cpuMicros\":11,\"outcome\":\"SUCCESS\",\"errorType\":null,"
                + "\"errorMessage\":null,\"calls\":[{\"callerTask\":\"I\",\"callee\":\"CW\",\"sync\":true,"
                + "\"local\":true,\"durationMicros\":5,\"bytesIn\":7,\"bytesOut\":2,\"errorType\":null}],"
                + "\"tasks\":[{\"task\":\"I\",\"wallMicros\":9,\"cpuMicros\":4}]}");
    }

    @Test
    void recordWithoutAnInvocationCpuFigureReadsAsUnmeasured() {
        String withoutCpu = RecordJson.toJson(RECORD).replace("\"cpuMicros\":11,", "");

        assertThat(RecordJson.fromJson(withoutCpu).cpuMicros()).isNull();
        assertThat(RecordJson.fromJson(withoutCpu).calls()).isEqualTo(RECORD.calls());
    }

    @Test
    void recordBuiltWithoutACpuFigureWritesNull() {
        InvocationRecord unmeasured = new InvocationRecord("iot", "iot-I", "I", 3, "tr", "inv", null, true, false,
                512, 10, 20, Outcome.SUCCESS, null, null, List.of(), List.of());

        assertThat(RecordJson.toJson(unmeasured)).contains("\"endEpochMs\":20,\"cpuMicros\":null,");
        assertThat(RecordJson.fromJson(RecordJson.toJson(unmeasured))).isEqualTo(unmeasured);
    }

    @Test
    void logLineRoundTripsEvenBehindAPlatformPrefix() {
        String line = "2026-01-01T00:00:00Z inv " + RecordJson.toLogLine(RECORD);

        assertThat(RecordJson.fromLogLine(line)).contains(RECORD);
        assertThat(RecordJson.fromLogLine("START RequestId: inv")).isEmpty();
    }

    @Test
    void markedLineWithoutARecordIsAnError() {
        assertThatThrownBy(() -> RecordJson.fromLogLine("FUSIONIZE_RECORD {broken"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not an invocation record");
    }

    @Test
    void stdoutSinkWritesOneMarkedLinePerRecord() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StdoutRecordSink(new PrintStream(out, true, StandardCharsets.UTF_8)).accept(RECORD);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(RecordJson.toLogLine(RECORD) + System.lineSeparator());
    }

    @Test
    void fileSinkAppendsOneJsonLinePerRecord(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sub/records.jsonl");
        try (JsonLinesFileRecordSink sink = new JsonLinesFileRecordSink(file)) {
            sink.accept(RECORD);
            sink.accept(RECORD);
        }

        assertThat(Files.readAllLines(file)).hasSize(2).allSatisfy(line ->
                assertThat(RecordJson.fromJson(line)).isEqualTo(RECORD));
    }

    @Test
    void sinksChain() {
        InMemoryRecordSink first = new InMemoryRecordSink();
        InMemoryRecordSink second = new InMemoryRecordSink();
        first.andThen(second).accept(RECORD);

        assertThat(first.records()).containsExactly(RECORD);
        assertThat(second.records()).containsExactly(RECORD);
    }
}
