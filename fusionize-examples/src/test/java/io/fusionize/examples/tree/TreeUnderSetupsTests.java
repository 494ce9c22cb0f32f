package io.fusionize.examples.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.fusionize.api.Application;
import io.fusionize.core.harness.InProcessHarness;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.core.setup.SetupText;
import io.fusionize.core.setup.SetupValidator;
import io.fusionize.protocol.fusion.CallRecord;
import io.fusionize.protocol.fusion.InvocationRecord;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs the Tree with its real 500 ms pauses: one request per setup, about 1.5 s each. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class TreeUnderSetupsTests {

    /** B and C inline in A's function, E inline in D's, F and G remote. */
    static final String MIXED = "tree v1: A+B&C@1024, D+E@512, F@512, G@512";

    private static final SyncPath EXPECTED = new SyncPath(11L, List.of("A", "B", "D", "E"), 1_500);

    private final Application application = TreeApplication.create();

    @Test
    void allRemoteGivesThePathAndSevenRecords() {
        List<InvocationRecord> records = runAndRecord(SetupGenerators::allRemote);
        assertThat(records).hasSize(7);
        assertThat(records).extracting(InvocationRecord::entryTask)
                .containsExactlyInAnyOrder("A", "B", "C", "D", "E", "F", "G");
        assertThat(records).flatExtracting(InvocationRecord::calls).extracting(CallRecord::local).containsOnly(false);
        assertThat(records).flatExtracting(InvocationRecord::calls)
                .extracting(CallRecord::callerTask, CallRecord::callee, CallRecord::sync)
                .containsExactlyInAnyOrder(tuple("A", "C", false), tuple("A", "B", true), tuple("B", "D", true),
                        tuple("D", "E", true), tuple("C", "F", false), tuple("C", "G", false));
    }

    @Test
    void allLocalGivesThePathAndOneRecord() {
        List<InvocationRecord> records = runAndRecord(SetupGenerators::allLocal);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).calls()).hasSize(6).extracting(CallRecord::local).containsOnly(true);
    }

    @Test
    void mixedGivesThePath() {
        assertThat(SetupValidator.validate(SetupText.parse(MIXED), application)).isEmpty();
        List<InvocationRecord> records = runAndRecord(app -> SetupText.parse(MIXED));
        assertThat(records).extracting(InvocationRecord::entryTask).containsExactlyInAnyOrder("A", "D", "F", "G");
    }

    private List<InvocationRecord> runAndRecord(Function<Application, Setup> setupOf) {
        try (InProcessHarness harness = InProcessHarness.of(application, setupOf.apply(application))) {
            SyncPath path = harness.invoke("A", new TreeRequest(11L), SyncPath.class);
            harness.awaitQuiescence();
            assertThat(path).isEqualTo(EXPECTED);
            return harness.records();
        }
    }
}
