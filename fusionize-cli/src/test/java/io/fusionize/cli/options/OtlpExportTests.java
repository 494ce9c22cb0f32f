package io.fusionize.cli.options;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.fusionize.cli.fixture.RelayApplication;
import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.deploy.loop.MeasurementStack;
import io.fusionize.deploy.loop.PlatformConnection;
import io.fusionize.deploy.loop.TappedPlatform;
import io.fusionize.monitor.otel.TelemetrySpanFeed;
import io.fusionize.platform.LocalPlatform;
import io.fusionize.platform.PlatformSettings;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code --otlp-endpoint}: a request under a mixed setup, on a real platform, reaches an OTLP/HTTP
 * receiver that decodes it with the official protobuf classes as one trace of linked spans.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class OtlpExportTests {

    @TempDir
    Path state;

    private HttpServer receiver;
    private final List<Span> spans = new CopyOnWriteArrayList<>();
    private final List<String> contentTypes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext(OtlpOption.TRACES_PATH, exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
                ExportTraceServiceRequest.parseFrom(body).getResourceSpansList().forEach(resource -> resource
                        .getScopeSpansList().forEach(scope -> spans.addAll(scope.getSpansList())));
            }
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void aRequestUnderAMixedSetupIsOneTraceLinkingRootInlineAndRemoteCalls() throws Exception {
        TelemetrySpanFeed feed = otlpOption("http://127.0.0.1:" + receiver.getAddress().getPort()).open(line -> { })
                .orElseThrow();
        PlatformConnection platform = TappedPlatform.of(embeddedPlatform(state.resolve("platform")),
                OtlpOption.tap(feed));
        try (MeasurementStack stack = MeasurementStack.open(platform, new MeasurementStack.Options(
                RelayApplication.NAME, state, state, 120, Map.of(), 0, 2), line -> { })) {
            stack.connectTelemetry(json -> { }, line -> { });
            // Stamp runs inline in Relay's function; Echo is a remote call to a function of its own.
            stack.deployAndSwitch(new Setup(RelayApplication.NAME, 1, List.of(
                    new FunctionSpec("Relay", 512, Set.of("Stamp"), Set.of()),
                    new FunctionSpec("Stamp", 512, Set.of(), Set.of()),
                    new FunctionSpec("Echo", 512, Set.of(), Set.of()))));
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stack.entryUri())
                    .timeout(Duration.ofMinutes(3)).POST(HttpRequest.BodyPublishers.ofString("\"hi\"")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.body()).contains("[hi]");
            // Both invocations' records and reports must reach the receiver; the test's timeout bounds the wait.
            while (spans.stream().filter(s -> s.getKind() == Span.SpanKind.SPAN_KIND_SERVER).count() < 2) {
                Thread.sleep(100);
            }
        } finally {
            feed.close();
        }

        assertThat(contentTypes).allMatch("application/x-protobuf"::equals);
        assertThat(spans.stream().map(Span::getTraceId).distinct()).as("one trace").hasSize(1);
        Span root = only(Span.SpanKind.SPAN_KIND_SERVER, "relay-Relay");
        Span inline = only(Span.SpanKind.SPAN_KIND_INTERNAL, "Stamp");
        Span remoteCall = only(Span.SpanKind.SPAN_KIND_CLIENT, "relay-Echo");
        Span remote = only(Span.SpanKind.SPAN_KIND_SERVER, "relay-Echo");
        assertThat(root.getParentSpanId().isEmpty()).as("the root has no parent").isTrue();
        assertThat(inline.getParentSpanId()).isEqualTo(root.getSpanId());
        assertThat(remoteCall.getParentSpanId()).isEqualTo(root.getSpanId());
        assertThat(remote.getParentSpanId()).as("the remote invocation's parent is the caller's invocation")
                .isEqualTo(root.getSpanId());
        assertThat(attribute(root, "faas.trigger")).isEqualTo("http");
        assertThat(attribute(remote, "faas.trigger")).isEqualTo("other");
        assertThat(attribute(remoteCall, "faas.invoked_name")).isEqualTo("relay-Echo");
        assertThat(attribute(remoteCall, "faas.invoked_provider")).isEqualTo("aws");
        assertThat(root.getAttributesList()).extracting(KeyValue::getKey).contains("faas.invocation_id",
                "faas.coldstart");
    }

    private Span only(Span.SpanKind kind, String name) {
        List<Span> matching = spans.stream().filter(s -> s.getKind() == kind && s.getName().equals(name)).toList();
        assertThat(matching).as(kind + " " + name + " among " + spans.stream().map(s -> s.getKind() + " "
                + s.getName()).toList()).hasSize(1);
        return matching.get(0);
    }

    private static String attribute(Span span, String key) {
        return span.getAttributesList().stream().filter(a -> a.getKey().equals(key)).findFirst()
                .map(a -> a.getValue().getStringValue()).orElse(null);
    }

    private static OtlpOption otlpOption(String endpoint) {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs("--otlp-endpoint", endpoint);
        assertThat(probe.otlp.tracesUrl()).isEqualTo(URI.create(endpoint + OtlpOption.TRACES_PATH));
        return probe.otlp;
    }

    private static PlatformConnection embeddedPlatform(Path directory) {
        // A shared two-core machine can be slow to start an instance.
        LocalPlatform platform = LocalPlatform.builder().port(0).stateDir(directory)
                .settings(PlatformSettings.defaults().toBuilder().initTimeout(Duration.ofMinutes(2)).build()).build();
        platform.start();
        return PlatformConnection.embedded(platform);
    }

    /** A command that only carries the option, as run, experiment and platform start do. */
    @Command(name = "probe")
    static final class Probe {

        @Mixin OtlpOption otlp;
    }
}
