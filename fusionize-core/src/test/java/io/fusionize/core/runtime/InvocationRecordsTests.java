package io.fusionize.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.fusionize.core.harness.InProcessHarness;
import io.fusionize.core.runtime.testapp.CalcApp;
import io.fusionize.core.runtime.testapp.CalcApp.Job;
import io.fusionize.core.setup.Setup;
import io.fusionize.protocol.fusion.CallRecord;
import io.fusionize.protocol.fusion.InvocationRecord;
import io.fusionize.protocol.fusion.Outcome;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Records say which function ran what, and which calls were made, local or remote. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class InvocationRecordsTests {

    private static final Job JOB = new Job("rec", List.of(1, 2, 3));

    @Test
    void allRemoteYieldsOneRecordPerTaskInvocationWithRemoteCalls() {
        List<InvocationRecord> records = recordsOf(CalcApp.allRemote());

        assertThat(records).extracting(InvocationRecord::entryTask).containsExactlyInAnyOrder(
                "Start", "Sum", "Check", "Square", "Square", "Square", "Mutate", "Audit", "Store");
        assertThat(records).flatExtracting(InvocationRecord::calls).extracting(CallRecord::local).containsOnly(false);
        assertThat(single(records, "Start").calls()).extracting(CallRecord::callerTask, CallRecord::callee,
                CallRecord::sync).containsExactlyInAnyOrder(tuple("Start", "Sum", true), tuple("Start", "Square", true),
                tuple("Start", "Square", true), tuple("Start", "Square", true), tuple("Start", "Mutate", true),
                tuple("Start", "Audit", false));
        assertThat(single(records, "Audit").calls()).extracting(CallRecord::callee, CallRecord::sync)
                .containsExactly(tuple("Store", false));
    }

    @Test
    void allRemoteRecordsShareTheTraceAndChainTheirParents() {
        Map<String, InvocationRecord> byTask = recordsOf(CalcApp.allRemote()).stream()
                .collect(Collectors.toMap(InvocationRecord::entryTask, Function.identity(), (a, b) -> a));
        InvocationRecord start = byTask.get("Start");

        assertThat(byTask.values()).extracting(InvocationRecord::traceId).containsOnly(start.traceId());
        assertThat(byTask.values()).filteredOn(InvocationRecord::root).containsExactly(start);
        assertThat(start.parentInvocationId()).isNull();
        assertThat(byTask.get("Sum").parentInvocationId()).isEqualTo(start.invocationId());
        assertThat(byTask.get("Check").parentInvocationId()).isEqualTo(byTask.get("Sum").invocationId());
        assertThat(byTask.get("Store").parentInvocationId()).isEqualTo(byTask.get("Audit").invocationId());
        assertThat(start.function()).isEqualTo("calc-Start");
        assertThat(start.application()).isEqualTo("calc");
        assertThat(start.setupVersion()).isEqualTo(1);
        assertThat(start.memoryMb()).isEqualTo(1024);
        assertThat(start.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(start.endEpochMs()).isGreaterThanOrEqualTo(start.startEpochMs());
    }

    @Test
    void allLocalYieldsOneRecordWithEveryCallLocal() {
        List<InvocationRecord> records = recordsOf(CalcApp.allLocal());

        assertThat(records).hasSize(1);
        InvocationRecord record = records.get(0);
        assertThat(record.calls()).hasSize(8).extracting(CallRecord::local).containsOnly(true);
        assertThat(record.calls()).extracting(CallRecord::callerTask, CallRecord::callee, CallRecord::sync)
                .contains(tuple("Sum", "Check", true), tuple("Audit", "Store", false));
        assertThat(record.tasks()).extracting(t -> t.task()).containsExactlyInAnyOrder(
                "Start", "Sum", "Check", "Square", "Square", "Square", "Mutate", "Audit", "Store");
        assertThat(record.root()).isTrue();
        assertThat(record.coldStart()).isTrue();
    }

    @Test
    void callSizesAndErrorsAreTheSameLocallyAndRemotely() {
        assertThat(callShapes(recordsOf(CalcApp.allLocal())))
                .isEqualTo(callShapes(recordsOf(CalcApp.allRemote())))
                .isEqualTo(callShapes(recordsOf(CalcApp.mixed())))
                .contains("Start->Sum sync in=32 out=1 error=null");
    }

    @Test
    void failedCallsRecordTheCalleesErrorType() {
        try (InProcessHarness harness = InProcessHarness.of(CalcApp.application(), CalcApp.allRemote())) {
            harness.invoke("Guard", new CalcApp.Numbers("g", List.of(-1)));

            InvocationRecord guard = single(harness.records(), "Guard");
            assertThat(guard.calls()).extracting(CallRecord::errorType, CallRecord::bytesOut)
                    .containsExactly(tuple(IllegalArgumentException.class.getName(), 0L));
            assertThat(single(harness.records(), "Check").outcome()).isEqualTo(Outcome.ERROR);
            assertThat(single(harness.records(), "Check").errorMessage()).isEqualTo("negative number: -1");
        }
    }

    @Test
    void onlyTheFirstInvocationOfAFunctionIsCold() {
        try (InProcessHarness harness = InProcessHarness.of(CalcApp.application(), CalcApp.allLocal())) {
            harness.invoke("Start", JOB);
            harness.invoke("Start", JOB);

            assertThat(harness.records()).extracting(InvocationRecord::coldStart).containsExactly(true, false);
        }
    }

    private static List<InvocationRecord> recordsOf(Setup setup) {
        try (InProcessHarness harness = InProcessHarness.of(CalcApp.application(), setup)) {
            harness.invoke("Start", JOB);
            harness.awaitQuiescence();
            return harness.records();
        }
    }

    private static InvocationRecord single(List<InvocationRecord> records, String entryTask) {
        return records.stream().filter(r -> r.entryTask().equals(entryTask)).findFirst().orElseThrow();
    }

    private static List<String> callShapes(List<InvocationRecord> records) {
        return records.stream().flatMap(r -> r.calls().stream())
                .map(c -> c.callerTask() + "->" + c.callee() + (c.sync() ? " sync" : " async") + " in=" + c.bytesIn()
                        + " out=" + c.bytesOut() + " error=" + c.errorType())
                .sorted().toList();
    }
}
