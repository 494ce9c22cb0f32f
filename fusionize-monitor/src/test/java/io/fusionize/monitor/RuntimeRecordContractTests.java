package io.fusionize.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.core.record.CallRecord;
import io.fusionize.core.record.InvocationRecord;
import io.fusionize.core.record.Outcome;
import io.fusionize.core.record.RecordJson;
import io.fusionize.core.record.TaskExecution;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monitor reads exactly what the fusion runtime writes. */
class RuntimeRecordContractTests {

    @TempDir
    Path state;

    @Test
    void ingestsTheLogLineTheRuntimeWrites() {
        InvocationRecord written = new InvocationRecord("iot", "iot-CS", "CS", 5, "trace", "inv-1", "inv-0", false,
                true, 768, 100, 180, Outcome.ERROR, "java.lang.IllegalStateException", "no sensor",
                List.of(new CallRecord("CS", "CSL", true, true, 1500, 40, 12, null),
                        new CallRecord("CS", "CSA", true, false, 9000, 40, 0, "java.lang.IllegalStateException")),
                List.of(new TaskExecution("CS", 80_000, 2_000)));

        try (TraceStore store = TraceStore.open(state)) {
            assertThat(store.acceptLogLine(RecordJson.toLogLine(written))).isTrue();
            SetupStatistics stats = store.statistics("iot", 5);

            assertThat(stats.callGraph()).containsExactly(
                    new CallEdge("CS", "CS", "CSA", 0, 1, 0, 0, 40, 0, 9.0, 1),
                    new CallEdge("CS", "CS", "CSL", 1, 0, 0, 0, 40, 12, 1.5, 0));
            assertThat(stats.function("CS", 768)).get().satisfies(cs -> {
                assertThat(cs.failures()).isEqualTo(1);
                assertThat(cs.coldStarts()).isEqualTo(1);
                assertThat(cs.duration().p50Ms()).isEqualTo(80);
            });
            assertThat(store.malformedInputs()).isZero();
        }
    }
}
