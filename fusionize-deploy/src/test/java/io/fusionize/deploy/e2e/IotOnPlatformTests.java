package io.fusionize.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.core.wire.WireCodec;
import io.fusionize.deploy.artifact.ApplicationCode;
import io.fusionize.deploy.artifact.ArtifactBuilder;
import io.fusionize.deploy.deployer.DeployOptions;
import io.fusionize.deploy.deployer.DeployedVersion;
import io.fusionize.deploy.deployer.Deployer;
import io.fusionize.deploy.gateway.Gateway;
import io.fusionize.deploy.gateway.VersionRouter;
import io.fusionize.protocol.telemetry.InvocationReport;
import io.fusionize.storage.DataDirectory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** The IoT application deployed all-remote on the local platform, with real instance processes. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class IotOnPlatformTests {

    private static final String[] ALWAYS_INVOKED = {"I", "CW", "SE", "CT", "CS", "CSL", "CSA", "CA", "DJ"};

    @TempDir
    static Path temp;

    private static LocalPlatformFixture fixture;
    private static DeployedVersion deployed;
    private static ApplicationCode iot;

    @BeforeAll
    static void deployAllRemote() {
        fixture = new LocalPlatformFixture(temp.resolve("platform"));
        iot = ApplicationCode.find("iot");
        Setup setup = SetupGenerators.allRemote(iot.application(), 512).withVersion(1);
        DeployOptions options = DeployOptions.of(fixture.platform.uri().toString(), fixture.platform.token())
                .withExtraEnvironment(Map.of(DataDirectory.ENVIRONMENT_VARIABLE, temp.resolve("data").toString()));
        deployed = new Deployer(fixture.lambda, new ArtifactBuilder(temp.resolve("artifacts")), iot, options)
                .deploy(setup);
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void answersThroughTheInvokeApiAndItsReportsShowOneInvocationPerTask() throws Exception {
        InvokeResponse response = fixture.lambda.invoke(b -> b.functionName("iot-I").qualifier("v1")
                .payload(SdkBytes.fromUtf8String("{\"seed\":7}")));
        String rootId = response.responseMetadata().requestId();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.functionError()).isNull();
        JsonNode body = WireCodec.mapper().readTree(response.payload().asByteArray());
        assertThat(body.get("result").get("seed").asLong()).isEqualTo(7);
        // an invocation's record names the calls it made, so once every call has the record of the
        // invocation it started and every record its report, nothing of this request is left to run
        await().atMost(Duration.ofSeconds(120)).until(() -> traceComplete(rootId));
        for (JsonNode record : recordsOfTrace(rootId)) {
            assertThat(childrenOf(record, recordsOfTrace(rootId))).as("invocations started by %s",
                    record.path("function").asText()).isEqualTo(remoteCalls(record));
        }
        Map<String, List<InvocationReport>> reports = reportsOfTrace(rootId);
        for (String task : ALWAYS_INVOKED) {
            assertThat(reports.get("iot-" + task)).as("reports of %s", task).hasSize(1)
                    .allMatch(r -> r.outcome().equals(InvocationReport.OUTCOME_SUCCESS));
        }
        assertThat(reports.getOrDefault("iot-AS", List.of())).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void answersThroughTheGatewayOnTheDeployedVersion() throws Exception {
        VersionRouter router = new VersionRouter();
        router.switchTo(deployed.setup());
        try (Gateway gateway = Gateway.start(fixture.lambda, 0)) {
            gateway.register(iot.application(), router);
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    gateway.uri().resolve("/apps/iot/I")).POST(HttpRequest.BodyPublishers.ofString("{\"seed\":11}"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(WireCodec.mapper().readTree(response.body()).get("seed").asLong()).isEqualTo(11);
            assertThat(response.headers().firstValue(Gateway.HEADER_SETUP_VERSION)).hasValue("1");
        }
    }

    @Test
    void packagesHoldOnlyWhatTheirFunctionRuns() {
        assertThat(deployed.artifacts()).hasSize(10);
        assertThat(deployed.artifacts()).allSatisfy(a -> {
            assertThat(a.tasks()).hasSize(1);
            assertThat(a.zipBytes()).isPositive();
        });
        assertThat(deployed.functionVersions()).containsOnlyKeys(deployed.artifacts().stream()
                .map(a -> a.functionName()).toArray(String[]::new));
    }

    /** Joins the platform's reports with the runtime's records of one root request's trace. */
    private static Map<String, List<InvocationReport>> reportsOfTrace(String rootInvocationId) {
        Set<String> invocations = recordsOfTrace(rootInvocationId).stream()
                .map(r -> r.path("invocationId").asText()).collect(Collectors.toSet());
        return fixture.reports.stream().filter(r -> invocations.contains(r.requestId()))
                .collect(Collectors.groupingBy(InvocationReport::functionName));
    }

    /** @return the runtime's records of one root request's trace, so far */
    private static List<JsonNode> recordsOfTrace(String rootInvocationId) {
        List<JsonNode> records = fixture.logLines.stream().filter(l -> l.startsWith("FUSIONIZE_RECORD "))
                .map(l -> readTree(l.substring("FUSIONIZE_RECORD ".length()))).toList();
        String traceId = records.stream().filter(r -> rootInvocationId.equals(r.path("invocationId").asText()))
                .map(r -> r.path("traceId").asText()).findFirst().orElse(null);
        return records.stream().filter(r -> r.path("traceId").asText().equals(traceId)).toList();
    }

    /** @return how many of an invocation's calls went to another function, each an invocation of its own */
    private static long remoteCalls(JsonNode record) {
        long calls = 0;
        for (JsonNode call : record.path("calls")) {
            calls += call.path("local").asBoolean() ? 0 : 1;
        }
        return calls;
    }

    /** @return how many invocations of the trace name the record's invocation as their parent */
    private static long childrenOf(JsonNode record, List<JsonNode> trace) {
        String id = record.path("invocationId").asText();
        return trace.stream().filter(r -> id.equals(r.path("parentInvocationId").asText(null))).count();
    }

    /**
     * @return whether every invocation of the trace has its parent's record, every call the
     *     invocation it started, and every record its report
     */
    private static boolean traceComplete(String rootInvocationId) {
        List<JsonNode> trace = recordsOfTrace(rootInvocationId);
        Set<String> recorded = trace.stream().map(r -> r.path("invocationId").asText()).collect(Collectors.toSet());
        Set<String> reported = fixture.reports.stream().map(InvocationReport::requestId).collect(Collectors.toSet());
        return recorded.contains(rootInvocationId)
                && trace.stream().allMatch(r -> r.path("root").asBoolean()
                        || recorded.contains(r.path("parentInvocationId").asText()))
                && trace.stream().allMatch(r -> childrenOf(r, trace) >= remoteCalls(r))
                && reported.containsAll(recorded);
    }

    private static JsonNode readTree(String json) {
        try {
            return WireCodec.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
