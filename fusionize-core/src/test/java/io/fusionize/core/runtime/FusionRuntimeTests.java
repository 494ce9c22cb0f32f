package io.fusionize.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.api.Application;
import io.fusionize.api.Calls;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import io.fusionize.api.TaskFailedException;
import io.fusionize.core.harness.InProcessHarness;
import io.fusionize.core.record.InMemoryRecordSink;
import io.fusionize.core.runtime.testapp.CalcApp;
import io.fusionize.core.runtime.testapp.CalcApp.Job;
import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.wire.Response;
import io.fusionize.core.wire.WireCodec;
import io.fusionize.protocol.fusion.FusionHeader;
import io.fusionize.protocol.fusion.InvocationRecord;
import io.fusionize.protocol.fusion.TaskTiming;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The runtime driven directly, one function at a time. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class FusionRuntimeTests {

    private final InMemoryRecordSink records = new InMemoryRecordSink();

    @Test
    void undeclaredSyncCallIsRejectedWithTheCallersName() {
        Application app = Application.builder("rogue")
                .entry("Rogue", new SyncRogue(), Calls.none())
                .task("Other", new Echo(), Calls.none()).build();
        Response response = handleRoot(app, localSetup("rogue", "Rogue", Set.of("Other"), Set.of()), "{}");

        assertThat(response.error().errorType()).isEqualTo(IllegalStateException.class.getName());
        assertThat(response.error().errorMessage()).isEqualTo(
                "task Rogue made an undeclared sync call to Other; declare it with Calls.sync(\"Other\")");
    }

    @Test
    void syncDeclarationDoesNotAllowAnAsyncCall() {
        Application app = Application.builder("rogue")
                .entry("Rogue", new AsyncRogue(), Calls.sync("Other"))
                .task("Other", new Echo(), Calls.none()).build();
        Response response = handleRoot(app, localSetup("rogue", "Rogue", Set.of("Other"), Set.of("Other")), "{}");

        assertThat(response.error().errorMessage()).contains("undeclared async call to Other");
    }

    @Test
    void callerMayChangeItsInputRightAfterACallWithoutTheCalleeSeeingIt() {
        Application app = Application.builder("iso").entry("Caller", new ChangingCaller(), Calls.sync("Echo"))
                .task("Echo", new Echo(), Calls.none()).build();
        Response response = handleRoot(app, localSetup("iso", "Caller", Set.of("Echo"), Set.of()), "null");

        assertThat(response.result().toString()).isEqualTo("[1,2]");
    }

    @Test
    void callerChangingAResultDoesNotChangeTheCalleesObject() {
        Application app = Application.builder("iso").entry("Caller", new ResultChanger(), Calls.sync("Shared"))
                .task("Shared", new SharedList(), Calls.none()).build();
        handleRoot(app, localSetup("iso", "Caller", Set.of("Shared"), Set.of()), "null");

        assertThat(SharedList.SHARED).containsExactly("kept");
    }

    @Test
    void inlineAsyncWorkFinishesBeforeTheInvocationCompletes() {
        try (InProcessHarness harness = InProcessHarness.of(CalcApp.application(), CalcApp.allLocal())) {
            harness.invoke("Start", new Job("inline-async", List.of(2)));

            assertThat(CalcApp.STORED).containsEntry("inline-async", 1);
            assertThat(harness.records().get(0).calls()).filteredOn(c -> c.callee().equals("Store")).hasSize(1);
        }
    }

    @Test
    void remoteCallCarriesTraceVersionParentAndCallerInItsEnvelope() {
        RecordingInvoker invoker = new RecordingInvoker("{\"result\":6}".getBytes(StandardCharsets.UTF_8));
        Setup setup = CalcApp.allRemote().withVersion(7);
        FusionRuntime runtime = FusionRuntime.builder().application(CalcApp.application()).setup(setup)
                .function("Sum").remoteInvoker(invoker).recordSink(records).build();

        byte[] event = WireCodec.encodeEvent(new FusionHeader("trace-1", "parent-0", 7, "Start"), "Sum",
                "{\"label\":\"x\",\"values\":[6]}".getBytes(StandardCharsets.UTF_8));
        Response response = WireCodec.decodeResponse(runtime.handle(event, request("inv-1")));

        assertThat(response.result().asInt()).isEqualTo(6);
        assertThat(invoker.calls).containsExactly("sync calc-Check v7 {\"fusionize\":{\"traceId\":\"trace-1\","
                + "\"parentInvocationId\":\"inv-1\",\"setupVersion\":7,\"callerTask\":\"Sum\",\"depth\":1},"
                + "\"task\":\"Check\","
                + "\"payload\":{\"label\":\"x\",\"values\":[6]}}");
        InvocationRecord record = records.records().get(0);
        assertThat(record.root()).isFalse();
        assertThat(record.traceId()).isEqualTo("trace-1");
        assertThat(record.parentInvocationId()).isEqualTo("parent-0");
    }

    @Test
    void platformFunctionErrorReachesTheCallerWithThePlatformsType() {
        RecordingInvoker invoker = new RecordingInvoker(null);
        FusionRuntime runtime = FusionRuntime.builder().application(CalcApp.application()).setup(CalcApp.allRemote())
                .function("Guard").remoteInvoker(invoker).build();

        Response response = WireCodec.decodeResponse(runtime.handle(
                "{\"label\":\"t\",\"values\":[1]}".getBytes(StandardCharsets.UTF_8), request("inv-2")));

        assertThat(response.result().asText()).isEqualTo("Check|Sandbox.Timedout|Task timed out after 3.00 seconds");
    }

    @Test
    void eventForAnotherTaskOrVersionIsRefused() {
        FusionRuntime runtime = FusionRuntime.builder().application(CalcApp.application()).setup(CalcApp.allRemote())
                .function("Sum").build();
        byte[] wrongTask = WireCodec.encodeEvent(new FusionHeader("t", "p", 1, "Start"), "Check", "{}".getBytes());
        byte[] wrongVersion = WireCodec.encodeEvent(new FusionHeader("t", "p", 2, "Start"), "Sum", "{}".getBytes());

        assertThatThrownBy(() -> runtime.handle(wrongTask, request("a")))
                .hasMessage("event names task Check, but this function's entry task is Sum");
        assertThatThrownBy(() -> runtime.handle(wrongVersion, request("b")))
                .hasMessage("event of setup version 2 reached function calc-Sum of setup version 1");
    }

    @Test
    void lambdaTaskWithoutInputTypeFailsWithAClearMessage() {
        Application app = Application.builder("lam").entry("L", (Task<String, String>) (in, ctx) -> in, Calls.none())
                .build();
        Response response = handleRoot(app, localSetup("lam", "L", Set.of(), Set.of()), "\"x\"");

        assertThat(response.error().errorMessage()).startsWith("cannot read the input type of task L from ")
                .endsWith("register the task with an explicit input type");
    }

    @Test
    void contextReportsTheInvocationsFacts() {
        Application app = Application.builder("facts").entry("F", new Facts(), Calls.none()).build();
        Response response = handleRoot(app, localSetup("facts", "F", Set.of(), Set.of()), "{}");

        assertThat(response.result().get("task").asText()).isEqualTo("F");
        assertThat(response.result().get("trace").asText()).isEqualTo("root-inv");
        assertThat(response.result().get("invocation").asText()).isEqualTo("root-inv");
        assertThat(response.result().get("memory").asInt()).isEqualTo(256);
        assertThat(response.result().get("remaining").asLong()).isBetween(1L, 60_000L);
    }

    @Test
    void callerCpuTimeLeavesOutItsInlineCalleesCpuTime() {
        Application app = Application.builder("cpu").entry("Outer", new Outer(), Calls.sync("Burner"))
                .task("Burner", new Burner(), Calls.none()).build();
        handleRoot(app, localSetup("cpu", "Outer", Set.of("Burner"), Set.of()), "null");

        Map<String, TaskTiming> tasks = new HashMap<>();
        records.records().get(0).tasks().forEach(t -> tasks.put(t.task(), t));
        long clockSlack = CpuClock.INTERPOLATION_LIMIT_NANOS / 1000;
        assertThat(tasks.get("Burner").cpuMicros()).isGreaterThanOrEqualTo(Burner.CPU_NANOS / 1000 - clockSlack);
        assertThat(tasks.get("Outer").cpuMicros()).isLessThan(tasks.get("Burner").cpuMicros() / 2);
        assertThat(tasks.get("Outer").wallMicros()).isGreaterThanOrEqualTo(tasks.get("Burner").wallMicros());
    }

    @Test
    void invocationCpuTimeCountsThreadsATaskStartsItself() {
        Application app = Application.builder("cpu").entry("Forker", new Forker(), Calls.none()).build();
        handleRoot(app, localSetup("cpu", "Forker", Set.of(), Set.of()), "null");

        InvocationRecord record = records.records().get(0);
        long tick = 10_000; // the process clock's resolution on Linux
        assertThat(record.tasks().get(0).cpuMicros()).isLessThan(Forker.WORKERS * Burner.CPU_NANOS / 1000 / 2);
        assertThat(record.cpuMicros()).isGreaterThanOrEqualTo(Forker.WORKERS * Burner.CPU_NANOS / 1000 - tick);
    }

    @Test
    void invocationCpuTimeIsLeftOutWhenAnotherInvocationSharedTheProcess() {
        try (InProcessHarness harness = InProcessHarness.of(CalcApp.application(), CalcApp.allRemote())) {
            harness.invoke("Guard", new CalcApp.Numbers("shared", List.of(1)));

            assertThat(harness.records()).hasSize(2).allSatisfy(r -> assertThat(r.cpuMicros()).isNull());
        }
    }

    @Test
    void invocationCpuTimeIsAtLeastItsTasksThreadCpuTime() {
        Application app = Application.builder("cpu").entry("Outer", new Outer(), Calls.sync("Burner"))
                .task("Burner", new Burner(), Calls.none()).build();
        handleRoot(app, localSetup("cpu", "Outer", Set.of("Burner"), Set.of()), "null");

        InvocationRecord record = records.records().get(0);
        assertThat(record.cpuMicros()).isGreaterThanOrEqualTo(
                record.tasks().stream().mapToLong(TaskTiming::cpuMicros).sum());
    }

    private Response handleRoot(Application app, Setup setup, String body) {
        try (FusionRuntime runtime = FusionRuntime.builder().application(app).setup(setup)
                .function(setup.functions().get(0)).recordSink(records).build()) {
            return WireCodec.decodeResponse(runtime.handle(body.getBytes(StandardCharsets.UTF_8), request("root-inv")));
        }
    }

    private static Setup localSetup(String app, String entry, Set<String> inlineSync, Set<String> inlineAsync) {
        return new Setup(app, 1, List.of(new FunctionSpec(entry, 256, inlineSync, inlineAsync)));
    }

    private static InvocationRequest request(String id) {
        return InvocationRequest.withTimeout(id, Duration.ofSeconds(60));
    }

    /** Answers every sync call with a fixed body, or a platform timeout when there is none. */
    private static final class RecordingInvoker implements RemoteInvoker {
        private final byte[] answer;
        private final List<String> calls = new CopyOnWriteArrayList<>();

        RecordingInvoker(byte[] answer) {
            this.answer = answer;
        }

        @Override
        public byte[] invokeSync(String functionName, String qualifier, byte[] event) {
            calls.add("sync " + functionName + " " + qualifier + " " + new String(event, StandardCharsets.UTF_8));
            if (answer == null) {
                throw new InvocationFailedException("Sandbox.Timedout", "Task timed out after 3.00 seconds");
            }
            return answer;
        }

        @Override
        public void invokeAsync(String functionName, String qualifier, byte[] event) {
            calls.add("async " + functionName + " " + qualifier);
        }
    }

    static final class SyncRogue implements Task<JsonNode, Object> {
        @Override
        public Object run(JsonNode input, TaskContext context) {
            return context.call("Other", input, Object.class);
        }
    }

    static final class AsyncRogue implements Task<JsonNode, Object> {
        @Override
        public Object run(JsonNode input, TaskContext context) {
            context.send("Other", input);
            return null;
        }
    }

    static final class Echo implements Task<JsonNode, JsonNode> {
        @Override
        public JsonNode run(JsonNode input, TaskContext context) {
            return input;
        }
    }

    static final class ChangingCaller implements Task<JsonNode, JsonNode> {
        @Override
        public JsonNode run(JsonNode ignored, TaskContext context) {
            List<Integer> mine = new ArrayList<>(List.of(1, 2));
            CompletableFuture<JsonNode> echoed = context.callConcurrently("Echo", mine, JsonNode.class);
            mine.add(99);
            return echoed.join();
        }
    }

    static final class SharedList implements Task<JsonNode, List<String>> {
        static final List<String> SHARED = new CopyOnWriteArrayList<>(List.of("kept"));

        @Override
        public List<String> run(JsonNode ignored, TaskContext context) {
            return SHARED;
        }
    }

    static final class ResultChanger implements Task<JsonNode, Integer> {
        @Override
        @SuppressWarnings("unchecked")
        public Integer run(JsonNode ignored, TaskContext context) {
            List<String> result = context.call("Shared", null, List.class);
            result.add("changed by caller");
            return result.size();
        }
    }

    static final class Facts implements Task<JsonNode, Map<String, Object>> {
        @Override
        public Map<String, Object> run(JsonNode ignored, TaskContext context) {
            context.logger().log(System.Logger.Level.DEBUG, "reporting facts of {0}", context.taskName());
            return Map.of("task", context.taskName(), "trace", context.traceId(), "invocation",
                    context.invocationId(), "memory", context.memoryMb(), "remaining", context.remainingTimeMillis());
        }
    }

    static final class Outer implements Task<JsonNode, Integer> {
        @Override
        public Integer run(JsonNode ignored, TaskContext context) {
            return context.call("Burner", null, Integer.class);
        }
    }

    /** Burns CPU on threads of its own, as IoT's parallel workers do. */
    static final class Forker implements Task<JsonNode, Integer> {
        static final int WORKERS = 2;

        @Override
        public Integer run(JsonNode ignored, TaskContext context) throws InterruptedException {
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < WORKERS; i++) {
                workers.add(new Thread(() -> new Burner().run(null, context)));
            }
            workers.forEach(Thread::start);
            for (Thread worker : workers) {
                worker.join();
            }
            return WORKERS;
        }
    }

    static final class Burner implements Task<JsonNode, Integer> {
        static final long CPU_NANOS = 40_000_000L;

        @Override
        public Integer run(JsonNode ignored, TaskContext context) {
            var threads = ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            int spins = 0;
            while (threads.getCurrentThreadCpuTime() - start < CPU_NANOS) {
                spins++;
            }
            return spins;
        }
    }
}
