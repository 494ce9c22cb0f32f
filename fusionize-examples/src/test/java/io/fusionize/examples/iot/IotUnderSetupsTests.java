package io.fusionize.examples.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.fusionize.api.Application;
import io.fusionize.core.harness.InProcessHarness;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.core.setup.SetupText;
import io.fusionize.core.setup.SetupValidator;
import io.fusionize.examples.iot.model.SensorAnalysis;
import io.fusionize.examples.iot.model.SensorRequest;
import io.fusionize.protocol.fusion.CallRecord;
import io.fusionize.protocol.fusion.InvocationRecord;
import io.fusionize.protocol.fusion.Outcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class IotUnderSetupsTests {

    /** Inlines some sync and some async callees, and leaves the rest remote. */
    static final String MIXED = "iot v1: I+CW&CT@1024, SE@128, CS+CSL+CSA@1024, CT@512, CA+DJ&AS@1024, AS@256";

    private static final long ICE_ONLY = IotSeeds.firstSeed(r -> IotSeeds.iceWarning(r) && !IotSeeds.jam(r));
    private static final long JAM_ONLY = IotSeeds.firstSeed(r -> !IotSeeds.iceWarning(r) && IotSeeds.jam(r));
    private static final long BOTH = IotSeeds.firstSeed(r -> IotSeeds.iceWarning(r) && IotSeeds.jam(r));
    private static final long NEITHER = IotSeeds.firstSeed(r -> !IotSeeds.iceWarning(r) && !IotSeeds.jam(r));

    @TempDir
    Path directory;

    @Test
    void resultsAndStoredRowsAreTheSameUnderEverySetup() {
        List<Long> seeds = List.of(ICE_ONLY, JAM_ONLY, BOTH, NEITHER);
        Run remote = run("all-remote", SetupGenerators::allRemote, seeds);
        Run local = run("all-local", SetupGenerators::allLocal, seeds);
        Run mixed = run("mixed", application -> SetupText.parse(MIXED), seeds);
        assertThat(local.results()).isEqualTo(remote.results());
        assertThat(mixed.results()).isEqualTo(remote.results());
        assertThat(local.rows()).isEqualTo(remote.rows());
        assertThat(mixed.rows()).isEqualTo(remote.rows());
        assertThat(remote.rows()).anyMatch(row -> row.startsWith("signs|"));
    }

    @Test
    void allRemoteRecordsTenInvocationsOfOneTrace() {
        List<InvocationRecord> records = records(SetupGenerators::allRemote, ICE_ONLY);
        Map<String, InvocationRecord> byTask = byEntryTask(records);
        assertThat(records).hasSize(10);
        assertThat(byTask).containsOnlyKeys("I", "CW", "SE", "CT", "CS", "CSL", "CSA", "CA", "DJ", "AS");
        assertThat(records).extracting(InvocationRecord::traceId).containsOnly(byTask.get("I").traceId());
        assertThat(records).extracting(InvocationRecord::outcome).containsOnly(Outcome.SUCCESS);
        assertThat(records).filteredOn(InvocationRecord::root).containsExactly(byTask.get("I"));
        assertThat(byTask.get("I").parentInvocationId()).isNull();
        assertParent(byTask, "I", "CW", "SE", "CT", "CS", "CA");
        assertParent(byTask, "CS", "CSL", "CSA");
        assertParent(byTask, "CA", "DJ");
        assertParent(byTask, "CT", "AS");
    }

    @Test
    void allRemoteRecordsEveryCallAsRemote() {
        Map<String, InvocationRecord> byTask = byEntryTask(records(SetupGenerators::allRemote, ICE_ONLY));
        // sync calls are recorded in the order made; remote events in the order the platform accepted them
        assertThat(shape(byTask.get("I").calls())).startsWith(tuple("I", "CW", true, false), tuple("I", "SE", true, false))
                .containsExactlyInAnyOrder(tuple("I", "CW", true, false), tuple("I", "SE", true, false),
                        tuple("I", "CT", false, false), tuple("I", "CS", false, false), tuple("I", "CA", false, false));
        assertThat(shape(byTask.get("CS").calls())).containsExactlyInAnyOrder(
                tuple("CS", "CSL", true, false), tuple("CS", "CSA", true, false));
        assertThat(shape(byTask.get("CA").calls())).containsExactly(tuple("CA", "DJ", true, false));
        assertThat(shape(byTask.get("CT").calls())).containsExactly(tuple("CT", "AS", false, false));
        for (String leaf : List.of("CW", "SE", "CSL", "CSA", "DJ", "AS")) {
            assertThat(byTask.get(leaf).calls()).as(leaf).isEmpty();
        }
        assertCallSizes(byTask.values().stream().flatMap(record -> record.calls().stream()).toList());
    }

    @Test
    void allLocalRecordsOneInvocationWithEveryCallLocal() {
        List<InvocationRecord> records = records(SetupGenerators::allLocal, JAM_ONLY);
        assertThat(records).hasSize(1);
        InvocationRecord record = records.get(0);
        assertThat(record.root()).isTrue();
        assertThat(record.entryTask()).isEqualTo("I");
        assertThat(record.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(shape(record.calls())).containsExactlyInAnyOrder(
                tuple("I", "CW", true, true), tuple("I", "SE", true, true), tuple("I", "CT", false, true),
                tuple("I", "CS", false, true), tuple("I", "CA", false, true), tuple("CS", "CSL", true, true),
                tuple("CS", "CSA", true, true), tuple("CA", "DJ", true, true), tuple("CA", "AS", false, true));
        assertCallSizes(record.calls());
    }

    @Test
    void theMixedSetupIsValid() {
        Application application = IotApplication.create(IotStore.inDirectory(directory));
        assertThat(SetupValidator.validate(SetupText.parse(MIXED), application)).isEmpty();
    }

    private static List<Tuple> shape(List<CallRecord> calls) {
        return calls.stream().map(call -> tuple(call.callerTask(), call.callee(), call.sync(), call.local())).toList();
    }

    private static void assertCallSizes(List<CallRecord> calls) {
        assertThat(calls).allSatisfy(call -> {
            assertThat(call.bytesIn()).as(call.callee() + " input").isPositive();
            assertThat(call.errorType()).as(call.callee() + " error").isNull();
        });
        assertThat(calls).filteredOn(CallRecord::sync)
                .allSatisfy(call -> assertThat(call.bytesOut()).as(call.callee() + " result").isPositive());
    }

    private static void assertParent(Map<String, InvocationRecord> byTask, String caller, String... callees) {
        for (String callee : callees) {
            assertThat(byTask.get(callee).parentInvocationId()).as("parent of " + callee)
                    .isEqualTo(byTask.get(caller).invocationId());
        }
    }

    private static Map<String, InvocationRecord> byEntryTask(List<InvocationRecord> records) {
        return records.stream().collect(Collectors.toMap(InvocationRecord::entryTask, record -> record));
    }

    private List<InvocationRecord> records(Function<Application, Setup> setupOf, long seed) {
        try (IotStore store = IotStore.inDirectory(directory)) {
            Application application = IotApplication.create(store);
            try (InProcessHarness harness = InProcessHarness.of(application, setupOf.apply(application))) {
                harness.invoke(IotApplication.ANALYZE_SENSOR, new SensorRequest(seed), SensorAnalysis.class);
                harness.awaitQuiescence();
                return harness.records();
            }
        }
    }

    private Run run(String name, Function<Application, Setup> setupOf, List<Long> seeds) {
        try (IotStore store = IotStore.inDirectory(directory.resolve(name))) {
            Application application = IotApplication.create(store);
            Map<Long, SensorAnalysis> results = new LinkedHashMap<>();
            try (InProcessHarness harness = InProcessHarness.of(application, setupOf.apply(application))) {
                for (long seed : seeds) {
                    results.put(seed, harness.invoke(IotApplication.ANALYZE_SENSOR, new SensorRequest(seed),
                            SensorAnalysis.class));
                    // the next request reads the neighbours' sound levels this one wrote
                    harness.awaitQuiescence();
                }
            }
            return new Run(results, new ArrayList<>(new IotDatabase(store.file()).dump()));
        }
    }

    private record Run(Map<Long, SensorAnalysis> results, List<String> rows) {
    }
}
